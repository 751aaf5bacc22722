using System.Globalization;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Timeline;

/// <summary>
/// Finds date expressions in a sentence with their exact spans: full dates in the common news forms, day and month,
/// months, years, weekdays, relative expressions ("last week", "earlier this year", "two days ago") and year ranges.
/// Longer expressions win over the shorter ones inside them.
/// </summary>
internal static partial class DateFinder
{
    private const string MonthName = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|" +
        @"Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    private const string Year = @"(?<year>(?:19|20)\d\d)";

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<mm>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:on )?" + MonthName + @" (?<day>[1-3]?\d)(?:st|nd|rd|th)?,? " + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    // "April 24 to 27, 2023", "March 3-5, 2024": the year written at the end belongs to the first day too.
    [GeneratedRegex(@"\b(?:(?:from|between|on) )?" + MonthName + @" (?<day>[1-3]?\d)(?:st|nd|rd|th)?\s?(?:–|-|to|and|through)\s?[1-3]?\d(?:st|nd|rd|th)?,? " + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayRangeYear();

    // "17.01.2025" (day first, as written outside the US) and "17/01/2025" where the order is unambiguous.
    [GeneratedRegex(@"\b(?<dd>0?[1-9]|[12]\d|3[01])\.(?<mm>0?[1-9]|1[0-2])\.(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex Slashed();

    // "in July last year", "March of next year".
    [GeneratedRegex(@"\b(?:(?:in|since|by|until|from) )?" + MonthName + @" (?:of )?(?<rel>last|this|next) year\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOfRelativeYear();

    // "by the end of 2023", "at the end of the year", "the beginning of this month", "the end of June".
    [GeneratedRegex(@"\b(?:(?:at|by|until|before|from|in|towards?) )?(?:the )?(?<edge>end|beginning|start|middle) of (?:(?<rel>the|this|next|last|that) (?<unit>year|month)|" + Year + @"|"
        + MonthName + @"(?: " + Year + @")?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodEdge();

    [GeneratedRegex(@"\b(?:(?:in|during|by|until|since) (?:the )?|(?<rel>this|last|next|early|late) )?(?<season>spring|summer|autumn|fall|winter)(?: (?:of )?" + Year + @")?\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Season();

    // "within 30 days of being signed", "within 60 days after it enters into force".
    [GeneratedRegex(@"\bwithin (?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?<unit>days?|weeks?|months?|years?) (?:of|after|from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    // "in 1613", "since 1902": a year before 1900 only with a preposition, so "1500 troops" is not a year.
    [GeneratedRegex(@"\b(?i:in|since|by|until|from|of) (?<year>1[0-8]\d\d)\b(?!-\d)")]
    private static partial Regex OldYear();

    [GeneratedRegex(@"\b(?:on )?(?:the )?(?<day>[1-3]?\d)(?:st|nd|rd|th)? (?:of )?" + MonthName + @",? " + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?:on )?" + MonthName + @" (?<day>[1-3]?\d)(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:on )?(?:the )?(?<day>[1-3]?\d)(?:st|nd|rd|th)? (?:of )?" + MonthName + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?:in|since|by|during|until|from|of) )?(?:(?<mod>early|late|mid)[- ])?" + MonthName + @",? (?:of )?" + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?<mod>last|next|this|early|late|mid)[- ]|(?:in|since|by|during|until|from|of) (?:(?<mod>early|late|mid)[- ])?)" + MonthName + @"(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?:(?i:in|since|by|during|until|from|of|early|late|mid|end of|the end of|start of) )?(?:mid-)?" + Year + @"\b(?!-\d)")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?:between|from) (?<year>(?:19|20)\d\d) (?:and|to|until) (?<end>(?:19|20)\d\d)\b|\b(?<year>(?:19|20)\d\d)[–-](?<end>(?:19|20)\d\d)\b")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?:(?<mod>(?i:last|next|this|on|since|by|until)) )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:early|late|later|earlier) (?=(?:last|next|this) )|(?:at the beginning|at the start|in the middle) of " +
        @"(?=(?:last|next|this) ))?(?<rel>yesterday|today|tomorrow|(?:earlier|later) this (?:week|month|year)|(?:last|next|this|past) " +
        @"(?:week|month|year)|(?:earlier|later) in the (?:week|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    // "the following day", "the day before", "a day later": one day from the event the sentence refers to.
    [GeneratedRegex(@"\b(?:the (?<dir>following|next|previous) day|the day (?<dir>before|after))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdjacentDay();

    [GeneratedRegex(@"\b(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?<unit>days?|weeks?|months?|years?) (?<dir>ago|earlier|later|after|before)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Offset();

    /// <summary>
    /// Whether <paramref name="text"/> may hold a full date: every pattern that gives one reads its day or year in
    /// digits, so a text without a digit holds none (the loader asks this of many lines before reading them whole).
    /// </summary>
    public static bool MayHoldFullDate(ReadOnlySpan<char> text) => text.ContainsAnyInRange('0', '9');

    public static List<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        Add(found, Iso(), text, m => new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), Int(m, "mm"), Int(m, "dd")));
        Add(found, Dotted(), text, m => new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), Int(m, "mm"), Int(m, "dd")));
        Add(found, Slashed(), text, m => (Int(m, "a"), Int(m, "b")) switch
        {
            ( > 12 and <= 31, >= 1 and <= 12) => new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), Int(m, "b"), Int(m, "a")),
            ( >= 1 and <= 12, > 12 and <= 31) => new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), Int(m, "a"), Int(m, "b")),
            _ => null,
        });
        Add(found, DayRangeYear(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), MonthOf(m), Int(m, "day")));
        Add(found, Deadline(), text, m => new DateMention(MentionKind.Deadline, m.Index, End(m), 0, 0, Number(m.Groups["n"].Value), $"{m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s')} after"));
        Add(found, PeriodEdge(), text, m => m.Groups["month"].Success && LowercaseMonth(m) ? null : new DateMention(
            MentionKind.PeriodEdge, m.Index, End(m), m.Groups["year"].Success ? Int(m, "year") : 0, m.Groups["month"].Success ? MonthOf(m) : 0, 0,
            $"{m.Groups["edge"].Value.ToLowerInvariant()} {(m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() + " " + m.Groups["unit"].Value.ToLowerInvariant() : "")}".Trim()));
        Add(found, MonthOfRelativeYear(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.Month, m.Index, End(m), 0, MonthOf(m), 0,
            $"{m.Groups["rel"].Value.ToLowerInvariant()} year"));
        Add(found, MonthDayYear(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), MonthOf(m), Int(m, "day")));
        Add(found, DayMonthYear(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.FullDate, m.Index, End(m), Int(m, "year"), MonthOf(m), Int(m, "day")));
        Add(found, YearRange(), text, m => new DateMention(MentionKind.YearRange, m.Index, End(m), Int(m, "year")) { EndYear = Int(m, "end") });
        Add(found, MonthYear(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.MonthYear, m.Index, End(m), Int(m, "year"), MonthOf(m), 0, Mod(m)));
        Add(found, MonthDay(), text, m => ValidDay(m) && !LowercaseMonth(m) ? new DateMention(MentionKind.MonthDay, m.Index, End(m), 0, MonthOf(m), Int(m, "day")) : null);
        Add(found, DayMonth(), text, m => ValidDay(m) && !LowercaseMonth(m) ? new DateMention(MentionKind.MonthDay, m.Index, End(m), 0, MonthOf(m), Int(m, "day")) : null);
        Add(found, MonthOnly(), text, m => LowercaseMonth(m) ? null : new DateMention(MentionKind.Month, m.Index, End(m), 0, MonthOf(m), 0, Mod(m)));
        Add(found, Season(), text, m => m.Groups["year"].Success || m.Groups["rel"].Success
            ? new DateMention(MentionKind.Season, m.Index, End(m), m.Groups["year"].Success ? Int(m, "year") : 0, 0, 0,
                $"{m.Groups["rel"].Value.ToLowerInvariant()} {m.Groups["season"].Value.ToLowerInvariant()}".Trim())
            : null);
        Add(found, YearOnly(), text, m => new DateMention(MentionKind.Year, m.Index, End(m), Int(m, "year")));
        Add(found, OldYear(), text, m => new DateMention(MentionKind.Year, m.Groups["year"].Index, End(m), Int(m, "year")));
        Add(found, Weekday(), text, m => new DateMention(MentionKind.Weekday, m.Index, End(m), 0, 0, (int)Enum.Parse<DayOfWeek>(m.Groups["wd"].Value), Mod(m)));
        Add(found, Relative(), text, m => new DateMention(MentionKind.Relative, m.Index, End(m), Modifier: m.Groups["rel"].Value.ToLowerInvariant()));
        Add(found, AdjacentDay(), text, m => new DateMention(MentionKind.Offset, m.Index, End(m), 0, 0, 1,
            m.Groups["dir"].Value.ToLowerInvariant() is "previous" or "before" ? "day before" : "day after"));
        Add(found, Offset(), text, m => new DateMention(MentionKind.Offset, m.Index, End(m), 0, 0, Number(m.Groups["n"].Value),
            $"{m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s')} {m.Groups["dir"].Value.ToLowerInvariant()}"));
        return [.. found.OrderBy(d => d.Start)];
    }

    // Earlier patterns are the longer forms: a later match inside an earlier one is dropped.
    // Most sentences hold no date: each pattern first looks for the literals it needs (a month name, "19"/"20").
    private static void Add(List<DateMention> found, Regex pattern, string text, Func<Match, DateMention?> make)
    {
        foreach (var m in CuePattern.For(pattern).Matches(text))
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
