using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Timeline;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// What an article saved as plain text says about itself in its furniture, read where front matter and the dateline
/// said nothing: the headline (its first line of words), the publication date from a date line ("Wednesday, 21 May
/// 2025", "Updated: January 1, 2022", "By … | China Daily | 2022-04-20 11:29", a web address with /2023/07/16/), the
/// outlet from a credit ("REUTERS", "Source: Xinhua News Agency", "(AFP)", "by AFP Staff Writers", a byline's
/// "| Bloomberg |"), and the web address itself. Each is recorded with the line it came from.
/// </summary>
internal static partial class SourceLines
{
    // Furniture sits above the story (and a credit may close it); a line longer than this is running text.
    private const int TopParagraphs = 6;
    private const int BottomParagraphs = 2;
    private const int MaxLineLength = 160;

    // A date line holds a full date and little else: a label, a time, a place or a credit.
    private const int MaxOtherWords = 8;
    private const int MinTitleWords = 3;
    private const int MaxTitleLength = 200;
    private const int MaxShownLine = 80;

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?\b")]
    private static partial Regex Time();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"/(?<year>(?:19|20)\d\d)/(?<month>0[1-9]|1[0-2])/(?<day>[0-2]\d|3[01])(?:/|$)")]
    private static partial Regex DateInAddress();

    // "on Thursday, Jan. 16, 2025": a caption's full date with its weekday, which wire captions give for the day of the story.
    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s")]
    private static partial Regex Weekday();

    // A label or byline line ("Tags: …", "By …", "Photo …"): never an outlet's name.
    [GeneratedRegex(@"^(?:Tags?|By|Photo|Image|Source|Updated|Published|Posted|Read more|Also read)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTitle();

    /// <summary><paramref name="metadata"/> with what the article's own lines give for the fields it lacks.</summary>
    public static DocumentMetadata Read(DocumentMetadata metadata, string text, IReadOnlyList<TextSpanRange> paragraphs)
    {
        var top = paragraphs.Take(TopParagraphs).Select(p => text[p.Start..p.End]).ToList();
        var bottom = paragraphs.Skip(Math.Max(TopParagraphs, paragraphs.Count - BottomParagraphs)).Select(p => text[p.Start..p.End]).ToList();
        var lines = top.Concat(bottom).Where(l => l.Length <= MaxLineLength).ToList();
        // A dateline further down than the first paragraph of text (after a long caption): "Feb. 21 (UPI) --".
        // Only a paragraph that ends "… reports." can be a story naming itself: the rest are never copied out.
        var selfCredits = paragraphs.Where(p => text.AsSpan(p.Start, p.End - p.Start).TrimEnd('.').EndsWith(" reports", StringComparison.Ordinal))
            .Select(p => text[p.Start..p.End]);
        var datelines = paragraphs.Take(TopParagraphs).Select(p => (Line: text[p.Start..p.End], Dateline: Dateline.Find(text, p.Start, p.End)))
            .Where(d => d.Dateline is not null).ToList();
        var found = metadata.FoundBy;
        var inferred = metadata.Inferred;

        if (metadata.Url is null && lines.FirstOrDefault(l => WebAddress().IsMatch(l)) is { } address)
        {
            (metadata, inferred, found) = (metadata with { Url = address }, inferred.Add("url"), found.SetItem("url", Shown(address)));
        }

        if (metadata.Published is null && (Published(lines) ?? FromDateline(datelines, text) ?? FromCaption(top)) is { } published)
        {
            (metadata, inferred, found) = (metadata with { Published = published.Date }, inferred.Add("published"), found.SetItem("published", published.How));
        }

        if (metadata.Outlet is null && (Outlet(lines) ?? Credited(top, bottom, selfCredits, datelines) ?? Photographed(top)) is { } outlet)
        {
            (metadata, inferred, found) = (metadata with { Outlet = outlet.Name }, inferred.Add("outlet"), found.SetItem("outlet", Shown(outlet.Line)));
        }

        if (metadata.Title is null && Title(top) is { } title)
        {
            (metadata, inferred, found) = (metadata with { Title = title }, inferred.Add("title"), found.SetItem("title", "the first line"));
        }

        return metadata with { Inferred = inferred, FoundBy = found };
    }

    private static (DateOnly Date, string How)? Published(List<string> lines)
    {
        foreach (var line in lines)
        {
            if (WebAddress().IsMatch(line))
            {
                if (DateInAddress().Match(line) is { Success: true } m && Valid(Int(m, "year"), Int(m, "month"), Int(m, "day")) is { } fromAddress)
                {
                    return (fromAddress, Shown(line));
                }

                continue;
            }

            // A date with its year is written with digits: a line with none is not read with the whole date grammar.
            if (!DateFinder.MayHoldFullDate(line))
            {
                continue;
            }

            var full = DateFinder.Find(line).Where(d => d.Kind == MentionKind.FullDate && d.Year > 0 && d.Month > 0 && d.Day > 0).ToList();
            if (full.Count == 0 || OtherWords(line, full) > MaxOtherWords || Valid(full[0].Year, full[0].Month, full[0].Day) is not { } date)
            {
                continue;
            }

            return (date, Shown(line));
        }

        return null;
    }

    private static (DateOnly Date, string How)? FromDateline(List<(string Line, Dateline? Dateline)> datelines, string text) =>
        datelines.Select(d => (d.Line, Date: d.Dateline!.Date is { } written ? DatelineDate.Resolve(written, text) : null))
            .Where(d => d.Date is not null).Select(d => ((DateOnly Date, string How)?)(d.Date!.Value, $"the dateline of {Shown(d.Line)}")).FirstOrDefault();

    // The last resort: a wire caption's "on Thursday, Jan. 16, 2025" at the top of the story.
    private static (DateOnly Date, string How)? FromCaption(List<string> top)
    {
        foreach (var line in top)
        {
            var weekday = Weekday().Match(line);
            if (!weekday.Success)
            {
                continue;
            }

            var after = weekday.Index + weekday.Length;
            if (DateFinder.MayHoldFullDate(line.AsSpan(after)) && DateFinder.Find(line).FirstOrDefault(d => d.Kind == MentionKind.FullDate && d.Year > 0 && d.Start == after) is { } d
                && Valid(d.Year, d.Month, d.Day) is { } date)
            {
                return (date, $"the date in the caption {Shown(line)}");
            }
        }

        return null;
    }

    // The words of a line once its dates and times are taken out.
    private static int OtherWords(string line, List<DateMention> dates)
    {
        var rest = line;
        foreach (var d in dates.OrderByDescending(d => d.Start))
        {
            rest = rest[..d.Start] + " " + rest[d.End..];
        }

        return Word().Count(Time().Replace(rest, " "));
    }

    // The first line that is not furniture ("World", "Tags: …", a byline, a date line), when it reads as a headline;
    // an article that opens with its running text has none.
    private static string? Title(List<string> top)
    {
        foreach (var line in top)
        {
            if (Furniture.Is(line) || WebAddress().IsMatch(line))
            {
                continue;
            }

            return Word().Count(line) >= MinTitleWords && line.Length <= MaxTitleLength && !line.EndsWith('.') ? line : null;
        }

        return null;
    }

    private static DateOnly? Valid(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Shown(string line) => $"the line “{(line.Length <= MaxShownLine ? line : line[..MaxShownLine] + "…")}”";
}
