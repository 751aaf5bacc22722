using MemoryPack;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages;

/// <summary>One provision as one sentence reports it, before reports of the same provision are merged.</summary>
/// <param name="Key">What merges candidates: the lexicon provision id, or a slug of the phrase's key terms.</param>
/// <param name="Provision">The lexicon provision, or null for one read from the text alone.</param>
/// <param name="Category">The category of the clause.</param>
/// <param name="Statement">The normalised statement.</param>
/// <param name="Evidence">The sentence and phrase.</param>
/// <param name="NamedParty">The one party the sentence says is bound, when it names only one.</param>
[MemoryPackable]
public sealed partial record ClauseCandidate(
    [property: Snapshots.Pooled] string Key,
    [property: Snapshots.ProvisionById] ProvisionDefinition? Provision,
    [property: Snapshots.Pooled] string Category,
    [property: Snapshots.Pooled] string Statement,
    Evidence Evidence,
    [property: Snapshots.Pooled] string? NamedParty)
{
    /// <summary>The key an earlier version of the app gave the same words, when it differs: old links redirect from it.</summary>
    public string? FormerKey { get; init; }
}
