using System.Globalization;
using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Timeline;

/// <summary>
/// Finds date expressions in a sentence with their exact spans: full dates in the common news forms, day and month,
/// months, years, weekdays, relative expressions ("last week", "earlier this year", "two days ago") and year ranges.
/// Longer expressions win over the shorter ones inside them.
/// </summary>
internal static partial class DateFinder
{
    private const string MonthName = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    private const string Year = @"(?<year>(?:19|20)\d\d)";

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<mm>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:on )?" + MonthName + @" (?<day>[1-3]?\d)(?:st|nd|rd|th)?,? " + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?:on )?(?:the )?(?<day>[1-3]?\d)(?:st|nd|rd|th)? (?:of )?" + MonthName + @",? " + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?:on )?" + MonthName + @" (?<day>[1-3]?\d)(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:on )?(?:the )?(?<day>[1-3]?\d)(?:st|nd|rd|th)? (?:of )?" + MonthName + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?:in|since|by|during|until|from|of) )?(?:(?<mod>early|late|mid)[- ])?" + MonthName + @",? " + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?<mod>last|next|this|early|late|mid)[- ]|(?:in|since|by|during|until|from|of) (?:(?<mod>early|late|mid)[- ])?)" + MonthName + @"(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?:(?i:in|since|by|during|until|from|of|early|late|mid|end of|the end of|start of) )?(?:mid-)?" + Year + @"\b(?!-\d)")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?:between|from) (?<year>(?:19|20)\d\d) (?:and|to|until) (?<end>(?:19|20)\d\d)\b|\b(?<year>(?:19|20)\d\d)[–-](?<end>(?:19|20)\d\d)\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?:(?<mod>(?i:last|next|this|on|since|by|until)) )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<rel>yesterday|today|tomorrow|(?:earlier|later) this (?:week|month|year)|(?:last|next|this|past) (?:week|month|year)|(?:earlier|later) in the (?:week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?<unit>days?|weeks?|months?|years?) (?<dir>ago|earlier|later|after|before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    public static List<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        Add(found, Iso(), text, m => new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), Int(m, "mm"), Int(m, "dd")));
        Add(found, MonthDayYear(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), MonthOf(m), Int(m, "day")));
        Add(found, DayMonthYear(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), MonthOf(m), Int(m, "day")));
        Add(found, YearRange(), text, m => new DateMention(MentionKind.YearRange, m.Index, End(m), Int(m, "year")) { EndYear = Int(m, "end") });
        Add(found, MonthYear(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.MonthYear, m.Index, End(m), Int(m, "year"), MonthOf(m), 0, Mod(m)));
        Add(found, MonthDay(), text, m => ValidDay(m) && !LowercaseMonth(m) ? new DateMention(MentionKind.MonthDay, m.Index, End(m), 0, MonthOf(m), Int(m, "day")) : null);
        Add(found, DayMonth(), text, m => ValidDay(m) && !LowercaseMonth(m) ? new DateMention(MentionKind.MonthDay, m.Index, End(m), 0, MonthOf(m), Int(m, "day")) : null);
        Add(found, MonthOnly(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.Month, m.Index, End(m), 0, MonthOf(m), 0, Mod(m)));
        Add(found, YearOnly(), text, m => new DateMention(MentionKind.Year, m.Index, End(m), Int(m, "year")));
        Add(found, Weekday(), text, m => new DateMention(MentionKind.Weekday, m.Index, End(m), 0, 0, (int)Enum.Parse<DayOfWeek>(m.Groups["wd"].Value), Mod(m)));
        Add(found, Relative(), text, m => new DateMention(MentionKind.Relative, m.Index, End(m), Modifier: m.Groups["rel"].Value.ToLowerInvariant()));
        Add(found, Offset(), text, m => new DateMention(MentionKind.Offset, m.Index, End(m), 0, 0, Number(m.Groups["n"].Value), $"{m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s')} {m.Groups["dir"].Value.ToLowerInvariant()}"));
        return [.. found.OrderBy(d => d.Start)];
    }

    // Earlier patterns are the longer forms: a later match inside an earlier one is dropped.
    private static void Add(List<DateMention> found, Regex pattern, string text, Func<Match, DateMention?> make)
    {
        foreach (Match m in pattern.Matches(text))
        {
            if (make(m) is { } mention && !found.Any(f => f.Start < mention.End && mention.Start < f.End))
            {
                found.Add(mention);
            }
        }
    }

    private static int End(Match m) => m.Index + m.Length;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Mod(Match m) => m.Groups["mod"].Success && m.Groups["mod"].Value.ToLowerInvariant() is var mod and not ("on" or "since" or "by" or "until") ? mod : "";

    private static int MonthOf(Match m)
    {
        var name = m.Groups["month"].Value.TrimEnd('.').ToLowerInvariant();
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        return Array.FindIndex(months, name.StartsWith) + 1;
    }

    private static bool ValidDay(Match m) => Int(m, "day") is >= 1 and <= 31;

    // Patterns ignore case for "In April" at a sentence start, but a month name is always capitalised:
    // "may" in "the parties may consult" and "march" the verb are not months.
    private static bool LowercaseMonth(Match m) => char.IsLower(m.Groups["month"].Value[0]);

    private static int Number(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };
}
