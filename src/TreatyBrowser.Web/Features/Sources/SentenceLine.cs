using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Web.Features.Sources;

/// <summary>What the sentence partial draws: a sentence of a document and the clauses it reports.</summary>
public sealed record SentenceLine(SourceDocument Document, Sentence Sentence, IReadOnlyList<Clause> Clauses);
