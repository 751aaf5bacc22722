using System.Globalization;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Timeline;

/// <summary>
/// Resolves a date expression against the publication date, as precisely as the text allows and no more, and says
/// how in one line. Where the publication date is needed but unknown, nothing is resolved and nothing invented.
/// </summary>
internal static class DateResolver
{
    public static TemporalExpression Resolve(DateMention mention, string sentence, DateOnly? published, bool future, ResolvedDate? anchor, string anchorSource = "the date given with it")
    {
        var text = sentence[mention.Start..mention.End];
        var (date, why) = mention.Kind switch
        {
            MentionKind.FullDate => Absolute(mention),
            MentionKind.MonthYear => (Month(mention.Year, mention.Month), "month and year as written"),
            MentionKind.Year => (new ResolvedDate(new DateOnly(mention.Year, 1, 1), DatePrecision.Year), "year as written"),
            MentionKind.YearRange => (new ResolvedDate(new DateOnly(mention.Year, 1, 1), DatePrecision.Year), $"range {mention.Year}–{mention.EndYear}, placed at its start"),
            MentionKind.Offset or MentionKind.Deadline when !mention.Modifier.EndsWith("ago", StringComparison.Ordinal) && anchor is not null => FromAnchor(mention, anchor, anchorSource),
            MentionKind.Deadline => (null, "a deadline counted from an event the text does not date; shown as written"),
            MentionKind.Offset when !mention.Modifier.EndsWith("ago", StringComparison.Ordinal) && published is { } from => FromPublication(mention, from),
            MentionKind.Offset when !mention.Modifier.EndsWith("ago", StringComparison.Ordinal) => (null, "relative to an event the text does not date; shown as written"),
            MentionKind.PeriodEdge when mention.Year != 0 => Edge(mention, mention.Year),
            MentionKind.Season when mention.Year != 0 => (Year(mention.Year), $"{mention.Modifier} {mention.Year}: the season's year as written"),
            MentionKind.Month when mention.Modifier.EndsWith(" year", StringComparison.Ordinal) && published is { } p1 => MonthOfYear(mention, p1),
            MentionKind.PeriodEdge when published is { } p2 => Edge(mention, EdgeYear(mention.Modifier, p2), p2),
            MentionKind.Season when published is { } p3 => SeasonYear(mention, p3),
            _ when published is not { } p => (null, "needs the publication date, which is unknown; shown as written"),
            _ => Relative(mention, published.Value, future),
        };

        var explanation = date is null ? why : $"{why} → {date.Display}";
        return new TemporalExpression(text, mention.Start, mention.End, date, explanation);
    }

    private static (ResolvedDate?, string) Absolute(DateMention m) =>
        IsValid(m.Year, m.Month, m.Day)
            ? (new ResolvedDate(new DateOnly(m.Year, m.Month, m.Day), DatePrecision.Day), "date as written")
            : (null, "not a real calendar date; shown as written");

    private static (ResolvedDate?, string) Relative(DateMention m, DateOnly p, bool future)
    {
        var ps = Iso(p);
        switch (m.Kind)
        {
            case MentionKind.Weekday:
                return Weekday(m, p, future);
            case MentionKind.MonthDay:
                if (!IsValid(p.Year, m.Month, m.Day) && !IsValid(p.Year - 1, m.Month, m.Day))
                {
                    return (null, "not a real calendar date; shown as written");
                }

                var candidate = SafeDate(p.Year, m.Month, m.Day);
                if (future)
                {
                    return (Day(candidate >= p ? candidate : SafeDate(p.Year + 1, m.Month, m.Day)), $"{MonthDayName(m)} on or after {ps} (future tense)");
                }

                return (Day(candidate <= p ? candidate : SafeDate(p.Year - 1, m.Month, m.Day)), $"{MonthDayName(m)} on or before {ps} (past tense)");
            case MentionKind.Month:
                return Month(m, p, future);
            case MentionKind.Offset:
                return Offset(m, p);
            default:
                return RelativePhrase(m.Modifier, p);
        }
    }

    private static (ResolvedDate?, string) Weekday(DateMention m, DateOnly p, bool future)
    {
        var day = (DayOfWeek)m.Day;
        var name = day.ToString();
        var ps = Iso(p);
        var back = ((int)p.DayOfWeek - (int)day + 7) % 7;
        var forward = ((int)day - (int)p.DayOfWeek + 7) % 7;
        return m.Modifier switch
        {
            "last" => (Day(p.AddDays(back == 0 ? -7 : -back)), $"“last {name}”: the {name} before {ps}"),
            "next" => (Day(p.AddDays(forward == 0 ? 7 : forward)), $"“next {name}”: the {name} after {ps}"),
            "this" when future => (Day(p.AddDays(forward)), $"“this {name}”, future tense: {name} on or after {ps}"),
            _ when future => (Day(p.AddDays(forward)), $"{name} on or after {ps} (future tense)"),
            _ => (Day(p.AddDays(-back)), $"{name} on or before {ps} (past tense)"),
        };
    }

    private static (ResolvedDate?, string) Month(DateMention m, DateOnly p, bool future)
    {
        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m.Month);
        var ps = Iso(p);
        var written = m.Modifier is "mid" or "early" or "late" ? $"{m.Modifier}-{name}" : name;
        return m.Modifier switch
        {
            "last" => (Month(m.Month < p.Month ? p.Year : p.Year - 1, m.Month), $"“last {name}”: the {name} before {ps}"),
            "next" => (Month(m.Month > p.Month ? p.Year : p.Year + 1, m.Month), $"“next {name}”: the {name} after {ps}"),
            "this" => (Month(p.Year, m.Month), $"“this {name}”: {name} of {p.Year}"),
            _ when future => (Month(m.Month >= p.Month ? p.Year : p.Year + 1, m.Month), $"{written}, future tense: the first {name} from {ps}"),
            _ => (Month(m.Month <= p.Month ? p.Year : p.Year - 1, m.Month), $"{written}, past tense: the latest {name} up to {ps}"),
        };
    }

    private static (ResolvedDate?, string) RelativePhrase(string phrase, DateOnly p)
    {
        var ps = Iso(p);
        var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7));
        var month = new DateOnly(p.Year, p.Month, 1);
        return phrase switch
        {
            "yesterday" => (Day(p.AddDays(-1)), $"the day before {ps}"),
            "today" => (Day(p), $"the publication date {ps}"),
            "tomorrow" => (Day(p.AddDays(1)), $"the day after {ps}"),
            "last week" or "past week" => (new ResolvedDate(monday.AddDays(-7), DatePrecision.Week), $"the week before the week of {ps}"),
            "this week" or "earlier this week" or "later this week" or "earlier in the week" or "later in the week" => (new ResolvedDate(monday, DatePrecision.Week), $"{phrase}: the week of {ps}"),
            "next week" => (new ResolvedDate(monday.AddDays(7), DatePrecision.Week), $"the week after the week of {ps}"),
            "last month" or "past month" => (new ResolvedDate(month.AddMonths(-1), DatePrecision.Month), $"the month before {ps}"),
            "this month" or "earlier this month" or "later this month" or "earlier in the month" or "later in the month" => (new ResolvedDate(month,
                DatePrecision.Month), $"{phrase}: the month of {ps}"),
            "next month" => (new ResolvedDate(month.AddMonths(1), DatePrecision.Month), $"the month after {ps}"),
            "last year" or "past year" => (Year(p.Year - 1), $"the year before {ps}"),
            "this year" or "earlier this year" or "later this year" or "earlier in the year" or "later in the year" => (Year(p.Year), $"{phrase}: the year of {ps}"),
            "next year" => (Year(p.Year + 1), $"the year after {ps}"),
            _ => (null, "not a date the app can resolve; shown as written"),
        };
    }

    private static (ResolvedDate?, string) Offset(DateMention m, DateOnly p)
    {
        // Only "ago" counts from the publication date; "later" and "after" count from another event.
        var unit = m.Modifier.Split(' ')[0];
        return (Shift(p, unit, -m.Day), $"{m.Day} {unit}(s) before {Iso(p)}");
    }

    // "three days earlier" with no event to count from, in this sentence or the one before: the publication date.
    private static (ResolvedDate?, string) FromPublication(DateMention m, DateOnly p)
    {
        var (unit, direction) = (m.Modifier.Split(' ')[0], m.Modifier.Split(' ')[1]);
        var sign = direction is "after" or "later" ? 1 : -1;
        return (Shift(p, unit, sign * m.Day), $"{m.Day} {unit}(s) {direction} the publication date {Iso(p)}: no dated event in this sentence or the one before");
    }

    private static (ResolvedDate?, string) MonthOfYear(DateMention m, DateOnly p)
    {
        var year = m.Modifier switch { "last year" => p.Year - 1, "next year" => p.Year + 1, _ => p.Year };
        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m.Month);
        return (Month(year, m.Month), $"{name} {m.Modifier}: {name} of {year}, the year {(m.Modifier == "this year" ? "of" : m.Modifier == "last year" ? "before" : "after")} {Iso(p)}");
    }

    private static int EdgeYear(string modifier, DateOnly p) =>
        modifier.EndsWith("next year", StringComparison.Ordinal) ? p.Year + 1 : modifier.EndsWith("last year", StringComparison.Ordinal) ? p.Year - 1 : p.Year;

    // "the end of 2023" is December 2023; "the beginning of this month" is the month itself.
    private static (ResolvedDate?, string) Edge(DateMention m, int year, DateOnly? p = null)
    {
        var edge = m.Modifier.Split(' ')[0];
        if (m.Modifier.EndsWith("month", StringComparison.Ordinal) && p is { } pub)
        {
            var month = new DateOnly(pub.Year, pub.Month, 1).AddMonths(m.Modifier.Contains("next", StringComparison.Ordinal) ? 1 : m.Modifier.Contains("last", StringComparison.Ordinal) ? -1 : 0);
            return (new ResolvedDate(month, DatePrecision.Month), $"the {m.Modifier}: {month:yyyy-MM}, from {Iso(pub)}");
        }

        if (m.Month != 0)
        {
            var y = m.Year != 0 ? m.Year : p?.Year ?? year;
            return (Month(y, m.Month), $"the {edge} of {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m.Month)}: that month");
        }

        return edge switch
        {
            "end" => (Month(year, 12), $"the end of {year}: its last month"),
            "beginning" or "start" => (Month(year, 1), $"the {edge} of {year}: its first month"),
            _ => (Year(year), $"the middle of {year}: the year"),
        };
    }

    private static (ResolvedDate?, string) SeasonYear(DateMention m, DateOnly p)
    {
        var year = m.Modifier.StartsWith("last", StringComparison.Ordinal) ? p.Year - 1 : m.Modifier.StartsWith("next", StringComparison.Ordinal) ? p.Year + 1 : p.Year;
        return (Year(year), $"{m.Modifier}: a season of {year}, from {Iso(p)}");
    }

    private static (ResolvedDate?, string) FromAnchor(DateMention m, ResolvedDate anchor, string source)
    {
        var (unit, direction) = (m.Modifier.Split(' ')[0], m.Modifier.Split(' ')[1]);
        var sign = direction is "after" or "later" ? 1 : -1;
        var shifted = Shift(anchor.Start, unit, sign * m.Day);
        var precision = anchor.Precision == DatePrecision.Day ? shifted.Precision : anchor.Precision;
        return (shifted with { Precision = precision }, $"{m.Day} {unit}(s) {direction} {anchor.Display}, {source}");
    }

    private static ResolvedDate Shift(DateOnly from, string unit, int amount) => unit switch
    {
        "day" => Day(from.AddDays(amount)),
        "week" => new ResolvedDate(from.AddDays(7 * amount).AddDays(-(((int)from.AddDays(7 * amount).DayOfWeek + 6) % 7)), DatePrecision.Week),
        "month" => new ResolvedDate(new DateOnly(from.Year, from.Month, 1).AddMonths(amount), DatePrecision.Month),
        _ => Year(from.Year + amount),
    };

    private static ResolvedDate Day(DateOnly d) => new(d, DatePrecision.Day);

    private static ResolvedDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);

    private static ResolvedDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    private static bool IsValid(int year, int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    // 29 February in a year without one falls back to the 28th rather than failing.
    private static DateOnly SafeDate(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static string MonthDayName(DateMention m) => $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m.Month)} {m.Day}";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
