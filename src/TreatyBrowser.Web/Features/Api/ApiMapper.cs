using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Api;

/// <summary>Maps the Core model to the JSON contract, by hand.</summary>
public static class ApiMapper
{
    public static TreatySummary Summary(Treaty t, Corpus corpus) => new(
        t.Id,
        t.Name,
        t.NameInferred,
        t.Parties,
        t.Term?.Text,
        t.DocumentIds,
        corpus.Categories.ToDictionary(c => c.Name, c => t.ClausesIn(c.Name).Count()),
        Paths.Treaty(t.Id));

    /// <summary>
    /// How many clauses one answer holds (a treaty's, or a list of clauses). Each carries up to 50 pieces of evidence:
    /// at 100 a page the first page of /api/clauses was 1.2 MB over 10,000 real-style reports, over the page cache's
    /// limit, so every request rendered it again (p99 14× nginx's, and the collections it caused slowed other pages).
    /// </summary>
    public const int ClausesPerPage = 20;

    /// <summary>How many pieces of evidence one clause carries in an answer.</summary>
    public const int EvidencePerPage = 50;

    /// <summary>How many dated events one timeline carries in an answer.</summary>
    public const int EventsPerPage = 500;


    /// <summary>The pages of a clause's evidence, page <paramref name="page"/> of them (null: no such page).</summary>
    public static PageWindow? EvidencePage(Clause c, string? page) => PageWindow.Read(page, c.Evidence.Length, EvidencePerPage);


    /// <summary>One page of a treaty's clauses (default the first), each with its first page of evidence, and the timeline's first page.</summary>
    public static TreatyDetail Detail(Treaty t, Corpus corpus, PageWindow? clauses = null)
    {
        clauses ??= PageWindow.Read(null, t.Clauses.Length, ClausesPerPage)!;
        return new(
            Summary(t, corpus),
            [.. clauses.Slice(t.Clauses).Select(c => Clause(c))],
            [.. t.Profile.Select(Obligation)],
            [.. t.Entities.Select(Entity)],
            Timeline(t),
            clauses.Number,
            clauses.Count,
            clauses.Next(Paths.TreatyJson(t.Id)));
    }

    /// <summary>
    /// The whole model, every clause with all its evidence and every event: what an export or an analysis gives. The
    /// clauses are mapped as they are written, so an export is never held whole in memory.
    /// </summary>
    public static TreatyDetail WholeDetail(Treaty t, Corpus corpus) => new(
        Summary(t, corpus),
        t.Clauses.Select(c => Clause(c, PageWindow.Whole(c.Evidence.Length))),
        [.. t.Profile.Select(Obligation)],
        [.. t.Entities.Select(Entity)],
        Timeline(t, PageWindow.Whole(t.Timeline.Events.Length)));

    /// <summary>A clause with one page of its evidence (default the first).</summary>
    public static ClauseView Clause(Clause c, PageWindow? evidence = null)
    {
        evidence ??= EvidencePage(c, null)!;
        return new(
            c.Id,
            c.TreatyId,
            c.Category,
            c.Statement,
            Name(c.Modality),
            c.Disputed,
            c.Parties,
            c.Attribution,
            c.ProvisionType,
            c.Obligation,
            c.Sources.Length,
            [.. evidence.Slice(c.Evidence).Select(e => new EvidenceView(e.DocumentId, e.SentenceId, e.Start, e.End, e.Phrase, Name(e.Modality),
                e.ModalityCue, e.Attribution, Paths.Sentence(e.DocumentId, e.SentenceId)))],
            Paths.Clause(c.TreatyId, c.Category, c.Id),
            c.FormerIds,
            c.Evidence.Length,
            evidence.Number,
            evidence.Count,
            evidence.Next(Paths.ClauseJson(c.TreatyId, c.Category, c.Id)));
    }

    /// <summary>How many sentences one answer about a document holds: an answer's size is bounded, not the article's.</summary>
    public const int SentencesPerPage = 500;


    /// <summary>A document with one page of its sentences (default: the first).</summary>
    public static DocumentView Document(SourceDocument d, Corpus corpus, PageWindow? window = null)
    {
        var m = d.Metadata;
        var metadata = new MetadataView(m.Title, m.Outlet, m.Url, m.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), m.Treaty, m.Parties, m.Place, m.Inferred);
        window ??= PageWindow.Read(null, d.Sentences.Length, SentencesPerPage)!;
        var sentences = window.Slice(d.Sentences).Select(s => new SentenceView(
            s.Id,
            s.Index,
            s.Paragraph,
            Name(s.Role),
            s.Text,
            s.Start,
            s.End,
            [.. s.Categories.Select(c => new CategoryView(c.Category, c.Reasons))],
            [.. corpus.ClausesOf(d.Id, s.Id).Select(c => c.Id)],
            Paths.Sentence(d.Id, s.Id)));
        return new DocumentView(d.Id, d.FileName, corpus.TreatyOf(d.Id)?.Id, metadata, d.Warnings, [.. sentences], Paths.Source(d.Id), window.Number,
            window.Count, window.Next(Paths.DocumentJson(d.Id)));
    }

    public static ObligationView Obligation(ObligationEntry o) => new(o.Type, o.Label, o.Description, Name(o.Value), o.ClauseIds);

    public static EntityView Entity(Entity e) => new(e.Name, Name(e.Kind), e.Role, e.Country, e.Forms, e.Mentions);

    // A step the reports give without a date is still taken: "date not reported", unlike null (not reported at all).
    private static string? StatusDate(TimelineEvent? e) => e is null ? null : e.When.Date?.Display ?? (e.DateReported ? e.When.Text : "date not reported");

    /// <summary>A treaty's status table and one page of its dated events (default the first).</summary>
    public static TimelineView Timeline(Treaty t, PageWindow? events = null)
    {
        events ??= PageWindow.Read(null, t.Timeline.Events.Length, EventsPerPage)!;
        return new(
            t.Id,
            [.. events.Slice(t.Timeline.Events).Select(Event)],
            [.. t.Timeline.Status.Select(r => new StatusView(r.Party, StatusDate(r.Signed), StatusDate(r.Approved), StatusDate(r.Ratified), StatusDate(r.InForce)))],
            events.Number,
            events.Count,
            events.Next(Paths.TimelineJson(t.Id)));
    }

    public static EventView Event(TimelineEvent e) => new(
        e.Id,
        Name(e.Type),
        e.What,
        e.Verb,
        e.Actors,
        e.Parties,
        Date(e.When),
        e.Expected,
        e.DocumentId,
        e.SentenceId,
        Paths.Sentence(e.DocumentId, e.SentenceId),
        [.. e.CorroboratingReports.Select(r => Paths.Sentence(r.DocumentId, r.SentenceId))],
        [.. e.ConflictingReports.Select(r => new ConflictView(r.DocumentId, r.SentenceId, Date(r.When), Paths.Sentence(r.DocumentId, r.SentenceId)))]);

    public static DateView Date(TemporalExpression w) =>
        new(w.Text, w.Start, w.End, w.Date?.Iso, w.Date?.Display, w.Date is null ? null : Name(w.Date.Precision), w.Explanation);

    public static SearchView Search(Core.Search.SearchResults r) => new(
        r.Request.Query,
        r.Request.Category,
        r.Request.Treaty,
        r.Request.Document,
        r.Request.Page,
        r.PageCount,
        r.Total,
        r.TotalClauses,
        r.TotalSentences,
        [.. r.Clauses.Select(c => new ClauseHitView(c.TreatyId, c.Category, c.ClauseId, c.Modality, Views.MarkedHtml(c.Statement),
            c.Evidence is null ? null : Views.MarkedHtml(c.Evidence), c.Score, Paths.Clause(c.TreatyId, c.Category, c.ClauseId)))],
        [.. r.Sentences.Select(s => new SentenceHitView(s.DocumentId, s.SentenceId, s.TreatyId, s.Categories, Views.MarkedHtml(s.Text), s.Score, Paths.Sentence(s.DocumentId, s.SentenceId)))],
        r.CategoryCounts,
        r.Suggestions,
        r.Notice);

    /// <summary>An enum value as the API and pages write it: <c>EntryIntoForce</c> gives <c>entry-into-force</c>.</summary>
    public static string Name<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
