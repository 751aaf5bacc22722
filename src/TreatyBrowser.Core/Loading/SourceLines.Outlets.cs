using System.Text.RegularExpressions;
using TreatyBrowser.Core.Timeline;

namespace TreatyBrowser.Core.Loading;

/// <summary>The outlet an article saved as plain text credits: its credit lines, bylines, datelines and photo credits.</summary>
internal static partial class SourceLines
{
    // How far into a story's first line a bracketed credit may stand ("Washington, Aug 30 (PTI)").
    private const int OpeningCredit = 48;

    // "Source: Xinhua News Agency", "Source - AFP".
    [GeneratedRegex(@"^(?:Source|Agency|Credit)\s*[:\-–]\s*(?<outlet>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLabel();

    // "by AFP Staff Writers", "By Reuters staff".
    [GeneratedRegex(@"^by\s+(?<outlet>.+?)\s+(?:staff(?:\s+writers?|\s+reporters?)?|correspondents?|desk)$", RegexOptions.IgnoreCase)]
    private static partial Regex StaffCredit();

    [GeneratedRegex(@"\((?<credit>[^()]{2,40})\)")]
    private static partial Regex Parenthesised();

    // "… natural partners. / AFP", "… said the minister. — Reuters": a credit closing a line.
    [GeneratedRegex(@"(?:^|\s)[/–—-]\s*(?<credit>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\s*$")]
    private static partial Regex TrailingCredit();

    // "…, Censor.NET reports.": an outlet naming itself at the end of its story.
    [GeneratedRegex(@"(?:^|,\s+)(?<outlet>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})\s+reports\.?$")]
    private static partial Regex ReportsItself();

    // "Photo: PAP/Marcin Obara", "(Pool Photo via AP/Carl Court)", "AP Photo/…": the agency that took the picture.
    [GeneratedRegex(@"(?:Photo:\s*|\bvia\s+)(?<credit>[A-Z][\w.-]*)/|\b(?<credit>[A-Z][\w.-]*)\s+Photo/")]
    private static partial Regex PhotoCredit();

    private static (string Name, string Line)? Outlet(List<string> lines)
    {
        foreach (var line in lines)
        {
            var bare = line.Trim('>', '—', '–', '-', ' ', '|');
            if (Outlets.Resolve(bare) is { } whole)
            {
                return (whole, line);
            }

            if (StaffCredit().Match(bare) is { Success: true } staff && Outlets.Resolve(staff.Groups["outlet"].Value) is { } byStaff)
            {
                return (byStaff, line);
            }

            if (FromParts(line) is { } fromParts)
            {
                return (fromParts, line);
            }

            foreach (Match credit in Parenthesised().Matches(line))
            {
                if (Outlets.Resolve(credit.Groups["credit"].Value) is { } inBrackets)
                {
                    return (inBrackets, line);
                }
            }
        }

        return null;
    }

    private static (string Name, string Line)? Credited(List<string> top, List<string> bottom, IEnumerable<string> selfCredits, List<(string Line, Dateline? Dateline)> datelines)
    {
        if (datelines.FirstOrDefault(d => d.Dateline!.Outlet is not null) is { Dateline: { } withOutlet } dated)
        {
            return (Outlets.Resolve(withOutlet.Outlet!) ?? withOutlet.Outlet!, dated.Line);
        }

        foreach (var line in top.Concat(bottom))
        {
            if (TrailingCredit().Match(line) is { Success: true } credit && Outlets.Resolve(credit.Groups["credit"].Value) is { } known)
            {
                return (known, line);
            }

            // "Washington, Aug 30 (PTI) A key …": a credit in brackets where a story starts, with no dash after it.
            foreach (Match opening in Parenthesised().Matches(line[..Math.Min(line.Length, OpeningCredit)]))
            {
                if (Outlets.Resolve(opening.Groups["credit"].Value) is { } credited)
                {
                    return (credited, line);
                }
            }
        }

        foreach (var line in selfCredits)
        {
            if (ReportsItself().Match(line) is { Success: true } itself)
            {
                return (itself.Groups["outlet"].Value, line);
            }
        }

        return null;
    }

    // The last resort: the agency credited for the top photo, which for wire copy is the wire's.
    private static (string Name, string Line)? Photographed(List<string> top)
    {
        foreach (var line in top)
        {
            foreach (Match credit in PhotoCredit().Matches(line))
            {
                if (Outlets.Resolve(credit.Groups["credit"].Value) is { } known)
                {
                    return (known, line);
                }
            }
        }

        return null;
    }

    // "Source: Xinhua News Agency | Updated: …", "By Lin Congyi | China Daily | 2022-04-20", "Xinhua, January 2, 2021 | Print".
    private static string? FromParts(string line)
    {
        // "Trade | The Saigon Times | Tuesday, Mar 31, 2020": in a byline of parts, the one before the date is the outlet.
        var pipes = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var dated = Array.FindIndex(pipes, p => DateFinder.MayHoldFullDate(p) && DateFinder.Find(p).Any(d => d.Kind == MentionKind.FullDate));
        if (dated > 0 && pipes[dated - 1] is var before && IsOutletName(before))
        {
            return Outlets.Resolve(before) ?? before;
        }

        var parts = line.Split(['|', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            if (SourceLabel().Match(part) is { Success: true } labelled)
            {
                var named = labelled.Groups["outlet"].Value.Trim();
                return Outlets.Resolve(named) ?? named;
            }

            if (Outlets.Resolve(part) is { } known)
            {
                return known;
            }
        }

        return null;
    }

    // A short run of capitalised words, not a byline ("By …") or a list of authors ("… and …").
    private static bool IsOutletName(string part) =>
        part.Length <= 40 && char.IsUpper(part[0]) && !NotTitle().IsMatch(part) && !part.Contains(" and ", StringComparison.Ordinal)
        && Word().Matches(part).All(w => char.IsUpper(w.Value[0]) || w.Value is "of" or "the" or "and");
}
