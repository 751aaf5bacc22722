using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>One provision of a treaty, with every sentence that reports it.</summary>
/// <param name="Id">URL-safe slug from the clause's key terms; unique within its treaty, stable across loads.</param>
/// <param name="TreatyId">The treaty it belongs to.</param>
/// <param name="Category">A lexicon category (<c>defence</c>, <c>intelligence</c>, <c>economic</c>, …).</param>
/// <param name="Statement">A short normalised statement ("Joint military exercises").</param>
/// <param name="Modality">What most of its evidence says; see <see cref="Disputed"/>.</param>
/// <param name="Parties">The parties it binds.</param>
/// <param name="Attribution">Every attribution its evidence gives, distinct, in order.</param>
/// <param name="Evidence">Every sentence that reports it, in document and sentence order.</param>
/// <param name="ProvisionType">The lexicon provision it was read as, or null for one read from the text alone.</param>
/// <param name="Obligation">The alliance-obligation type it evidences (<c>defence</c>, <c>neutrality</c>, …), if any.</param>
[MemoryPackable]
public sealed partial record Clause(
    string Id,
    [property: Snapshots.Pooled] string TreatyId,
    [property: Snapshots.Pooled] string Category,
    string Statement,
    Modality Modality,
    [property: Snapshots.PooledList] ImmutableArray<string> Parties,
    ImmutableArray<string> Attribution,
    [property: Snapshots.SharedEvidence] ImmutableArray<Evidence> Evidence,
    string? ProvisionType,
    string? Obligation)
{
    /// <summary>True when sources disagree on whether the treaty contains it (one says absent, another present).</summary>
    public bool Disputed => Evidence.Any(e => e.Modality == Modality.Absent) && Evidence.Any(e => e.Modality is Modality.Commitment or Modality.Prohibition);

    /// <summary>Ids an earlier version of the app gave this clause: a link with one of them answers 301 to <see cref="Id"/>.</summary>
    public ImmutableArray<string> FormerIds { get; init; } = [];

    /// <summary>The distinct documents that report it.</summary>
    public ImmutableArray<string> Sources => [.. Evidence.Select(e => e.DocumentId).Distinct()];
}
