namespace TreatyBrowser.Web.Features.Api;

// The JSON contract, mapped by hand from the Core model so that the model can change without breaking clients.
// Offsets: sentence start/end are into the file's text; evidence start/end are into the sentence's text.

/// <summary>A treaty in a list.</summary>
public sealed record TreatySummary(string Id, string Name, bool NameInferred, IReadOnlyList<string> Parties, string? Term, IReadOnlyList<string> Documents, IReadOnlyDictionary<string, int> ClauseCounts, string Permalink);

/// <summary>A treaty's whole model.</summary>
public sealed record TreatyDetail(TreatySummary Treaty, IReadOnlyList<ClauseView> Clauses, IReadOnlyList<ObligationView> Profile, IReadOnlyList<EntityView> Entities, TimelineView Timeline);

/// <summary>A category decision and its reasons.</summary>
public sealed record CategoryView(string Category, IReadOnlyList<string> Reasons);

/// <summary>A sentence with its position, categories and the clauses it supports.</summary>
public sealed record SentenceView(string Id, int Index, int Paragraph, string Role, string Text, int Start, int End, IReadOnlyList<CategoryView> Categories, IReadOnlyList<string> Clauses, string Permalink);

/// <summary>A document's metadata; null fields are unknown.</summary>
public sealed record MetadataView(string? Title, string? Outlet, string? Url, string? Published, string? Treaty, IReadOnlyList<string> Parties, string? Place, IReadOnlyList<string> Inferred);

/// <summary>A document with its sentences.</summary>
/// <remarks>
/// Sentences come <see cref="ApiMapper.SentencesPerPage"/> at a time: <see cref="SentencePage"/> of
/// <see cref="SentencePages"/>, and <see cref="NextSentences"/> is the address of the next page (null on the last).
/// </remarks>
public sealed record DocumentView(string Id, string File, string? Treaty, MetadataView Metadata, IReadOnlyList<string> Warnings, IReadOnlyList<SentenceView> Sentences, string Permalink, int SentencePage = 1, int SentencePages = 1, string? NextSentences = null);

/// <summary>One piece of evidence for a clause.</summary>
public sealed record EvidenceView(string Document, string Sentence, int Start, int End, string Phrase, string Modality, string? ModalityCue, IReadOnlyList<string> Attribution, string Permalink);

/// <summary>A clause with every piece of its evidence.</summary>
public sealed record ClauseView(string Id, string Treaty, string Category, string Statement, string Modality, bool Disputed, IReadOnlyList<string> Parties, IReadOnlyList<string> Attribution, string? ProvisionType, string? Obligation, int SourceCount, IReadOnlyList<EvidenceView> Evidence, string Permalink, IReadOnlyList<string> FormerIds);

/// <summary>One obligation type of the profile.</summary>
public sealed record ObligationView(string Type, string Label, string Description, string Value, IReadOnlyList<string> Clauses);

/// <summary>A party, country, person or organisation.</summary>
public sealed record EntityView(string Name, string Kind, string? Role, string? Country, IReadOnlyList<string> Forms, IReadOnlyList<string> Mentions);

/// <summary>A resolved date expression.</summary>
public sealed record DateView(string Written, int Start, int End, string? Iso, string? Display, string? Precision, string Explanation);

/// <summary>A dated event.</summary>
public sealed record EventView(string Id, string Type, string What, string Verb, IReadOnlyList<string> Actors, IReadOnlyList<string> Parties, DateView Date, bool Expected, string Document, string Sentence, string Permalink, IReadOnlyList<string> CorroboratedBy, IReadOnlyList<ConflictView> Conflicts);

/// <summary>Another report of an event that gives a different date.</summary>
public sealed record ConflictView(string Document, string Sentence, DateView Date, string Permalink);

/// <summary>A party's row of the status table; null is "not reported".</summary>
public sealed record StatusView(string Party, string? Signed, string? ApprovedByParliament, string? Ratified, string? InForce);

/// <summary>A treaty's timeline and status table.</summary>
public sealed record TimelineView(string Treaty, IReadOnlyList<EventView> Events, IReadOnlyList<StatusView> Status);

/// <summary>A search hit on a clause; highlighted fields are HTML (matches in &lt;mark&gt;, the rest encoded).</summary>
public sealed record ClauseHitView(string Treaty, string Category, string Clause, string Modality, string Statement, string? Evidence, float Score, string Permalink);

/// <summary>A search hit on a sentence; the text is HTML (matches in &lt;mark&gt;, the rest encoded).</summary>
public sealed record SentenceHitView(string Document, string Sentence, string? Treaty, IReadOnlyList<string> Categories, string Text, float Score, string Permalink);

/// <summary>One page of search results.</summary>
public sealed record SearchView(string Query, string? Category, string? Treaty, string? Document, int Page, int PageCount, int Total, int TotalClauses, int TotalSentences, IReadOnlyList<ClauseHitView> Clauses, IReadOnlyList<SentenceHitView> Sentences, IReadOnlyDictionary<string, int> CategoryCounts, IReadOnlyList<string> Suggestions, string? Notice);

/// <summary>What one pasted article gives: its sentences and the model read from it alone.</summary>
public sealed record AnalysisView(DocumentView Document, TreatyDetail Model);
