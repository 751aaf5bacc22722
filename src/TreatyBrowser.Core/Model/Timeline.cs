using MemoryPack;
using System.Collections.Immutable;
using System.Globalization;

namespace TreatyBrowser.Core.Model;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A Monday-to-Sunday week.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,
}

/// <summary>A date known to a precision: the first day of the period and how long the period is.</summary>
[MemoryPackable]
public sealed partial record ResolvedDate(DateOnly Start, DatePrecision Precision)
{
    /// <summary>ISO 8601 at its precision: 2025-05-21, 2025-W20, 2025-04, 2025.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Week => $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}",
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>For readers: 2025-05-21, week of 2025-05-12, 2025-04, 2025.</summary>
    public string Display => Precision == DatePrecision.Week ? $"week of {Start:yyyy-MM-dd}" : Iso;

    /// <summary>The last day of the period.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Week => Start.AddDays(6),
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => Start.AddYears(1).AddDays(-1),
    };
}

/// <summary>A date expression in a sentence, with its resolution and the rule that resolved it.</summary>
/// <param name="Text">The expression as written ("On Wednesday").</param>
/// <param name="Start">Offset of the expression inside the sentence.</param>
/// <param name="End">End of the expression inside the sentence (exclusive).</param>
/// <param name="Date">The resolved date, or null where it cannot be resolved without inventing something.</param>
/// <param name="Explanation">One line for readers: how it was resolved, or why it was not.</param>
[MemoryPackable]
public sealed partial record TemporalExpression(string Text, int Start, int End, ResolvedDate? Date, string Explanation);

/// <summary>The kinds of event in a treaty's life, and around it.</summary>
public enum EventType
{
    /// <summary>The treaty was signed.</summary>
    Signature,

    /// <summary>A party ratified the treaty.</summary>
    Ratification,

    /// <summary>The treaty entered into force.</summary>
    EntryIntoForce,

    /// <summary>Another agreement reported alongside took effect or was signed.</summary>
    RelatedAgreement,

    /// <summary>Anything else dated in a report about the treaty.</summary>
    Other,

    /// <summary>A dated event of the background (a war began), not of the treaty.</summary>
    Context,

    /// <summary>A party's parliament approved the treaty ("the legislative branch approved the pact"): a step the
    /// article reports as approval, which it does not call ratification.</summary>
    Approval,
}

/// <summary>One dated event, linked to the sentence that reports it.</summary>
/// <param name="Id">Stable: <c>{document}-{sentence}-{n}</c>.</param>
/// <param name="Type">Signature, ratification, entry into force, …</param>
/// <param name="What">What happened, in a few words ("Iran's parliament ratified the treaty").</param>
/// <param name="Verb">The event verb as written ("ratified").</param>
/// <param name="Actors">Who acted, as written ("Iran's parliament").</param>
/// <param name="Parties">The parties it concerns (for the status table).</param>
/// <param name="When">The date expression and its resolution.</param>
/// <param name="DocumentId">The reporting document.</param>
/// <param name="SentenceId">The reporting sentence.</param>
[MemoryPackable]
public sealed partial record TimelineEvent(
    [property: Snapshots.Pooled] string Id,
    EventType Type,
    string What,
    [property: Snapshots.Pooled] string Verb,
    [property: Snapshots.PooledList] ImmutableArray<string> Actors,
    [property: Snapshots.PooledList] ImmutableArray<string> Parties,
    TemporalExpression When,
    [property: Snapshots.Pooled] string DocumentId,
    [property: Snapshots.Pooled] string SentenceId)
{
    /// <summary>False for a signature, ratification or entry into force a report gives without any date: it fills the status table, not the timeline.</summary>
    public bool DateReported => When.Text.Length > 0;

    /// <summary>True when the report speaks of it in the future ("will enter into force by June"): expected, not done.</summary>
    public bool Expected { get; init; }

    /// <summary>Other reports of the same event that give a different date.</summary>
    [Snapshots.SharedEvents]
    public ImmutableArray<TimelineEvent> ConflictingReports { get; init; } = [];

    /// <summary>Other reports of the same event that agree.</summary>
    [Snapshots.SharedEvents]
    public ImmutableArray<TimelineEvent> CorroboratingReports { get; init; } = [];
}

/// <summary>
/// One party's row in the status table: signed, approved by parliament, ratified, in force, each null where not
/// reported; an event without <see cref="TimelineEvent.DateReported"/> is reported as done, date not reported; an
/// expected step is shown as expected.
/// </summary>
[MemoryPackable]
public sealed partial record StatusRow(
    string Party,
    [property: Snapshots.SharedEvent] TimelineEvent? Signed,
    [property: Snapshots.SharedEvent] TimelineEvent? Approved,
    [property: Snapshots.SharedEvent] TimelineEvent? Ratified,
    [property: Snapshots.SharedEvent] TimelineEvent? InForce);

/// <summary>A treaty's dated events in order, and the per-party status table.</summary>
[MemoryPackable]
public sealed partial record Timeline([property: Snapshots.SharedEvents] ImmutableArray<TimelineEvent> Events, ImmutableArray<StatusRow> Status)
{
    /// <summary>A timeline with nothing dated.</summary>
    public static Timeline Empty { get; } = new([], []);
}
