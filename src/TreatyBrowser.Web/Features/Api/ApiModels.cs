
namespace TreatyBrowser.Web.Features.Api;

// The JSON contract, mapped by hand from the Core model so that the model can change without breaking clients.
// Offsets: sentence start/end are into the file's text; evidence start/end are into the sentence's text.

/// <summary>A treaty in a list.</summary>
public sealed record TreatySummary(string Id, string Name, bool NameInferred, IReadOnlyList<string> Parties, string? Term,
    IReadOnlyList<string> Documents, IReadOnlyDictionary<string, int> ClauseCounts, string Permalink);

/// <summary>A treaty's model: its clauses a page at a time, its profile, entities and timeline.</summary>
/// <remarks>
/// From <c>GET /api/treaties/{id}</c> the clauses come <see cref="ApiMapper.ClausesPerPage"/> at a time
/// (<see cref="ClausePage"/> of <see cref="ClausePages"/>; <see cref="NextClauses"/> names the next page), each with
/// its first page of evidence, and the timeline its first page of events. An export and an analysis give it whole.
/// Clauses is a sequence, not a list, so that an export is written as it is read, never held whole.
/// </remarks>
public sealed record TreatyDetail(TreatySummary Treaty, IEnumerable<ClauseView> Clauses, IReadOnlyList<ObligationView> Profile,
    IReadOnlyList<EntityView> Entities, TimelineView Timeline, int ClausePage = 1, int ClausePages = 1, string? NextClauses = null);

/// <summary>A category decision and its reasons.</summary>
public sealed record CategoryView(string Category, IReadOnlyList<string> Reasons);

/// <summary>A sentence with its position, categories and the clauses it supports.</summary>
public sealed record SentenceView(string Id, int Index, int Paragraph, string Role, string Text, int Start, int End,
    IReadOnlyList<CategoryView> Categories, IReadOnlyList<string> Clauses, string Permalink);

/// <summary>A document's metadata; null fields are unknown.</summary>
public sealed record MetadataView(string? Title, string? Outlet, string? Url, string? Published, string? Treaty, IReadOnlyList<string> Parties, string? Place, IReadOnlyList<string> Inferred);

/// <summary>A document with its sentences.</summary>
/// <remarks>
/// Sentences come <see cref="ApiMapper.SentencesPerPage"/> at a time: <see cref="SentencePage"/> of
/// <see cref="SentencePages"/>, and <see cref="NextSentences"/> is the address of the next page (null on the last).
/// </remarks>
public sealed record DocumentView(string Id, string File, string? Treaty, MetadataView Metadata, IReadOnlyList<string> Warnings,
    IReadOnlyList<SentenceView> Sentences, string Permalink, int SentencePage = 1, int SentencePages = 1, string? NextSentences = null);

/// <summary>One piece of evidence for a clause.</summary>
public sealed record EvidenceView(string Document, string Sentence, int Start, int End, string Phrase, string Modality, string? ModalityCue, IReadOnlyList<string> Attribution, string Permalink);

/// <summary>A clause with its evidence.</summary>
/// <remarks>
/// Evidence comes <see cref="ApiMapper.EvidencePerPage"/> pieces at a time (<see cref="EvidencePage"/> of
/// <see cref="EvidencePages"/>, <see cref="EvidenceCount"/> in all; <see cref="NextEvidence"/> names the next page
/// of the clause's own address); an export gives it whole.
/// </remarks>
public sealed record ClauseView(string Id, string Treaty, string Category, string Statement, string Modality, bool Disputed,
    IReadOnlyList<string> Parties, IReadOnlyList<string> Attribution, string? ProvisionType, string? Obligation, int SourceCount,
    IReadOnlyList<EvidenceView> Evidence, string Permalink, IReadOnlyList<string> FormerIds, int EvidenceCount = 0, int EvidencePage = 1, int EvidencePages = 1, string? NextEvidence = null);

/// <summary>One obligation type of the profile.</summary>
public sealed record ObligationView(string Type, string Label, string Description, string Value, IReadOnlyList<string> Clauses);

/// <summary>A party, country, person or organisation.</summary>
public sealed record EntityView(string Name, string Kind, string? Role, string? Country, IReadOnlyList<string> Forms, IReadOnlyList<string> Mentions);

/// <summary>A resolved date expression.</summary>
public sealed record DateView(string Written, int Start, int End, string? Iso, string? Display, string? Precision, string Explanation);

/// <summary>A dated event.</summary>
public sealed record EventView(string Id, string Type, string What, string Verb, IReadOnlyList<string> Actors, IReadOnlyList<string> Parties,
    DateView Date, bool Expected, string Document, string Sentence, string Permalink, IReadOnlyList<string> CorroboratedBy, IReadOnlyList<ConflictView> Conflicts);

/// <summary>Another report of an event that gives a different date.</summary>
public sealed record ConflictView(string Document, string Sentence, DateView Date, string Permalink);

/// <summary>A party's row of the status table; null is "not reported".</summary>
public sealed record StatusView(string Party, string? Signed, string? ApprovedByParliament, string? Ratified, string? InForce);

/// <summary>A treaty's timeline and status table.</summary>
/// <remarks>
/// Events come <see cref="ApiMapper.EventsPerPage"/> at a time (<see cref="EventPage"/> of <see cref="EventPages"/>;
/// <see cref="NextEvents"/> names the next page); an export gives them whole.
/// </remarks>
public sealed record TimelineView(string Treaty, IReadOnlyList<EventView> Events, IReadOnlyList<StatusView> Status, int EventPage = 1, int EventPages = 1, string? NextEvents = null);

/// <summary>A search hit on a clause; highlighted fields are HTML (matches in &lt;mark&gt;, the rest encoded).</summary>
public sealed record ClauseHitView(string Treaty, string Category, string Clause, string Modality, string Statement, string? Evidence, float Score, string Permalink);

/// <summary>A search hit on a sentence; the text is HTML (matches in &lt;mark&gt;, the rest encoded).</summary>
public sealed record SentenceHitView(string Document, string Sentence, string? Treaty, IReadOnlyList<string> Categories, string Text, float Score, string Permalink);

/// <summary>One page of search results.</summary>
public sealed record SearchView(string Query, string? Category, string? Treaty, string? Document, int Page, int PageCount, int Total,
    int TotalClauses, int TotalSentences, IReadOnlyList<ClauseHitView> Clauses, IReadOnlyList<SentenceHitView> Sentences, IReadOnlyDictionary<string,
    int> CategoryCounts, IReadOnlyList<string> Suggestions, string? Notice);

/// <summary>What one pasted article gives: its sentences and the model read from it alone.</summary>
public sealed record AnalysisView(DocumentView Document, TreatyDetail Model);
