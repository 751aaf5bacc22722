namespace TreatyBrowser.Core.Timeline;

/// <summary>The kinds of date expression the finder recognises.</summary>
internal enum MentionKind
{
    FullDate,
    MonthDay,
    MonthYear,
    Month,
    Year,
    Weekday,
    Relative,
    Offset,
    YearRange,

    /// <summary>The edge of a period: "the end of the year", "by the end of 2023", "the beginning of this month".</summary>
    PeriodEdge,

    /// <summary>A season: "summer 2024", "this spring".</summary>
    Season,

    /// <summary>A deadline counted from another event: "within 30 days of being signed".</summary>
    Deadline,
}

/// <summary>A date expression found in a sentence, with the parts it names, before resolution.</summary>
/// <param name="Kind">What sort of expression it is.</param>
/// <param name="Start">Offset in the sentence.</param>
/// <param name="End">End offset in the sentence.</param>
/// <param name="Year">The year written, or 0.</param>
/// <param name="Month">The month written (1-12), or 0.</param>
/// <param name="Day">The day written, or 0; for a weekday, its <see cref="DayOfWeek"/>; for an offset, the amount.</param>
/// <param name="Modifier">"last", "next", "this", "mid", "early", "late", the relative phrase, or the offset unit.</param>
internal sealed record DateMention(MentionKind Kind, int Start, int End, int Year = 0, int Month = 0, int Day = 0, string Modifier = "")
{
    public int EndYear { get; init; }
}
