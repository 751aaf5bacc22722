using MemoryPack;
using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Stages;

/// <summary>What extraction read from one document, before documents are grouped into treaties.</summary>
/// <param name="Document">The document, its sentences now carrying categories.</param>
/// <param name="Candidates">The provisions its sentences report.</param>
/// <param name="Events">Its dated events.</param>
/// <param name="ContextSentences">Ids of its context sentences.</param>
[MemoryPackable]
public sealed partial record DocumentAnalysis(
    SourceDocument Document,
    ImmutableArray<ClauseCandidate> Candidates,
    ImmutableArray<TimelineEvent> Events,
    ImmutableHashSet<string> ContextSentences)
{
    /// <summary>
    /// The agreement names the document writes and the parties it names: read once with the analysis (on every core,
    /// kept in snapshots), so that grouping a corpus of thousands only compares them.
    /// </summary>
    public DocumentIdentity Identity { get; init; } = DocumentIdentity.None;
}

/// <summary>What one document says about which agreement it reports and between whom.</summary>
/// <param name="Names">Its agreement's name and aliases, and the other agreements it mentions.</param>
/// <param name="Parties">The parties it names, strongest first, each with the sentence that names it.</param>
/// <param name="Noun">The plain noun it calls its agreement most ("pact", "treaty"): an inferred name ends in it.</param>
[MemoryPackable]
public sealed partial record DocumentIdentity(NameReading Names, ImmutableArray<PartyRef> Parties, string? Noun)
{
    /// <summary>Nothing read (a placeholder for a file that changed).</summary>
    public static DocumentIdentity None { get; } = new(NameReading.None, [], null);

    /// <summary>Who it says brokered or guaranteed the agreement ("brokered by Turkey and the UN"): not parties.</summary>
    public ImmutableArray<PartyRef> Brokers { get; init; } = [];
}
