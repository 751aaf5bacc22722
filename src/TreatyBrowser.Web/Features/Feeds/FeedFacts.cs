using TreatyBrowser.Core;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Feeds;

/// <summary>
/// One thing a follower of a treaty cares about, as it stands in one corpus snapshot: a source, a clause (its
/// modality and whether it is disputed), a dated event (its date), a party's status (the date of each stage).
/// Two snapshots are compared fact by fact: a key that is new, or whose value changed, is a feed entry.
/// </summary>
/// <param name="Key">What the fact is about, stable across snapshots: <c>clause|treaty|defence/joint-exercises</c>.</param>
/// <param name="TreatyId">The treaty whose feed reports it.</param>
/// <param name="Kind">One of <see cref="FeedKinds"/>.</param>
/// <param name="Value">What it says now: compared between snapshots.</param>
/// <param name="Subject">What a reader is told it is about: a title, a clause's statement, an event.</param>
/// <param name="Link">The permalink an entry about it points to.</param>
public sealed record FeedFact(string Key, string TreatyId, string Kind, string Value, string Subject, string Link)
{
    public static List<FeedFact> Of(Corpus corpus)
    {
        var facts = new List<FeedFact>();
        foreach (var treaty in corpus.Treaties)
        {
            foreach (var id in treaty.DocumentIds)
            {
                var document = corpus.FindDocument(id)!;
                var outlet = document.Metadata.Outlet ?? "unknown outlet";
                // A document without a title is shown by its outlet and date already.
                var subject = document.Metadata.Title is null ? document.DisplayTitle : $"{document.DisplayTitle} ({outlet}, {Views.Date(document.Metadata.Published)})";
                facts.Add(new($"source|{treaty.Id}|{id}", treaty.Id, FeedKinds.Source, "", subject, Paths.Source(id)));
            }

            foreach (var clause in treaty.Clauses)
            {
                var value = $"{Views.ModalityLabel(clause.Modality)}{(clause.Disputed ? ", disputed" : "")}";
                facts.Add(new($"clause|{treaty.Id}|{clause.Category}/{clause.Id}", treaty.Id, FeedKinds.Clause, value,
                    $"{clause.Category}: {clause.Statement}", Paths.Clause(treaty.Id, clause.Category, clause.Id)));
            }

            foreach (var (e, index) in treaty.Timeline.Events.Select((e, i) => (e, i)).Where(p => p.e.DateReported))
            {
                var page = PageWindow.Link(Paths.Timeline(treaty.Id), index / Treaties.TimelineModel.EventsPerPage + 1);
                facts.Add(new($"event|{treaty.Id}|{e.Id}", treaty.Id, FeedKinds.Event, e.When.Date?.Display ?? e.When.Text, e.What, $"{page}#{e.Id}"));
            }

            foreach (var row in treaty.Timeline.Status)
            {
                foreach (var (stage, e) in new[] { ("signed", row.Signed), ("approved by parliament", row.Approved), ("ratified", row.Ratified), ("in force", row.InForce) })
                {
                    if (e is not null)
                    {
                        var when = e.When.Date?.Display ?? (e.DateReported ? e.When.Text : "date not reported");
                        facts.Add(new($"status|{treaty.Id}|{row.Party}|{stage}", treaty.Id, FeedKinds.Status, when, $"{row.Party}: {stage}", Paths.Sentence(e.DocumentId, e.SentenceId)));
                    }
                }
            }
        }

        return facts;
    }
}

/// <summary>The kinds of change a feed reports.</summary>
public static class FeedKinds
{
    public const string Source = "source";
    public const string Clause = "clause";
    public const string Event = "event";
    public const string Status = "status";
}
