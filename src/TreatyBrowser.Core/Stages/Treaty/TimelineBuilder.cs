using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Stages.Treaties;

/// <summary>
/// Orders a treaty's events, merges reports of the same event of the treaty's life (keeping conflicting dates as a
/// conflict, never silently resolved) and builds the per-party status table.
/// </summary>
internal sealed class TimelineBuilder : ITreatyStage
{
    public StageData Writes => StageData.Timeline;

    public void Build(TreatyAnalysis treaty) =>
        treaty.Timeline = Build(treaty.Group.Documents.SelectMany(d => d.Events), treaty.Group.Parties);

    private static readonly EventType[] LifeEvents = [EventType.Signature, EventType.Approval, EventType.Ratification, EventType.EntryIntoForce];

    public static Model.Timeline Build(IEnumerable<TimelineEvent> reported, ImmutableArray<string> parties)
    {
        var textOrder = reported.Select((e, i) => (e, i)).ToDictionary(x => x.e.Id, x => x.i);
        var events = reported.Select(e => e with { Parties = PartiesOf(e, parties) }).ToList();
        var merged = MergeLifeEvents(events, textOrder);

        // Resolved events by the middle of their period, so "April 2025" is not placed as if it were April 1;
        // equal dates, and every undated event, keep the order of the text.
        var undated = merged.Where(e => !e.DateReported).ToImmutableArray();
        merged = [.. merged.Where(e => e.DateReported)];
        var ordered = merged
            .Where(e => e.When.Date is not null)
            .OrderBy(e => Middle(e.When.Date!))
            .ThenBy(e => textOrder[e.Id])
            .Concat(merged.Where(e => e.When.Date is null).OrderBy(e => textOrder[e.Id]))
            .ToImmutableArray();

        // A dated report wins; a report that gives no date still says the step was taken; a step only expected
        // ("once both parliaments ratify it, expected by June") is shown as expected, never as done.
        TimelineEvent? Step(EventType type, string party) =>
            First(ordered, type, party, expected: false) ?? First(undated, type, party, expected: false)
            ?? First(ordered, type, party, expected: true) ?? First(undated, type, party, expected: true);
        var status = parties.Select(p => new StatusRow(
            p,
            Step(EventType.Signature, p),
            Step(EventType.Approval, p),
            Step(EventType.Ratification, p),
            Step(EventType.EntryIntoForce, p))).ToImmutableArray();
        return new Model.Timeline(ordered, status);
    }

    // "*" marks "both countries"; a signature or entry into force that names nobody is the act of every party.
    private static ImmutableArray<string> PartiesOf(TimelineEvent e, ImmutableArray<string> parties)
    {
        var named = e.Parties.Where(p => p != "*" && parties.Contains(p)).ToList();
        var everyone = e.Parties.Contains("*") || (named.Count == 0 && e.Actors.IsEmpty && e.Type is EventType.Signature or EventType.EntryIntoForce);
        return everyone ? parties : [.. named];
    }

    private static List<TimelineEvent> MergeLifeEvents(List<TimelineEvent> events, Dictionary<string, int> textOrder)
    {
        var result = new List<TimelineEvent>();
        foreach (var e in events)
        {
            var key = (e.Type, string.Join("|", e.Parties.Order(StringComparer.Ordinal)));
            var index = LifeEvents.Contains(e.Type) && !e.Parties.IsEmpty
                ? result.FindIndex(r => (r.Type, string.Join("|", r.Parties.Order(StringComparer.Ordinal))) == key && r.DocumentId != e.DocumentId)
                : -1;
            if (index < 0)
            {
                result.Add(e);
                continue;
            }

            var primary = result[index];
            if (!primary.DateReported && e.DateReported)
            {
                // A dated report of the same step takes the place of an undated one, which stays as corroboration.
                result[index] = e with { CorroboratingReports = primary.CorroboratingReports.Add(primary with { CorroboratingReports = [] }) };
                continue;
            }

            result[index] = Compatible(primary.When.Date, e.When.Date)
                ? primary with { CorroboratingReports = primary.CorroboratingReports.Add(e) }
                : primary with { ConflictingReports = primary.ConflictingReports.Add(e) };
        }

        return result;
    }

    private static bool Compatible(ResolvedDate? a, ResolvedDate? b) =>
        a is null || b is null || (a.Start <= b.End && b.Start <= a.End);

    private static DateTime Middle(ResolvedDate d) =>
        d.Start.ToDateTime(TimeOnly.MinValue).AddTicks((d.End.ToDateTime(TimeOnly.MinValue) - d.Start.ToDateTime(TimeOnly.MinValue)).Ticks / 2);

    private static TimelineEvent? First(ImmutableArray<TimelineEvent> events, EventType type, string party, bool expected) =>
        events.FirstOrDefault(e => e.Type == type && e.Expected == expected && e.Parties.Contains(party));
}
