using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>What extraction read from one document, before documents are grouped into treaties.</summary>
/// <param name="Document">The document, its sentences now carrying categories.</param>
/// <param name="Candidates">The provisions its sentences report.</param>
/// <param name="Events">Its dated events.</param>
/// <param name="ContextSentences">Ids of its context sentences.</param>
public sealed record DocumentAnalysis(
    SourceDocument Document,
    ImmutableArray<ClauseCandidate> Candidates,
    ImmutableArray<TimelineEvent> Events,
    ImmutableHashSet<string> ContextSentences);
