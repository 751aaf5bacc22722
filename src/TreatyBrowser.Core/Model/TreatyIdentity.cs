using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>
/// Where a treaty's name and parties came from, and the other agreements its reports mention: the treaty page links
/// each to the sentence that gives it, so a reader can check the app's reading of an archive.
/// </summary>
/// <param name="NameSources">The sentences that write the treaty's name (empty when it is inferred).</param>
/// <param name="Aliases">Other names its reports give it (an acronym, a short form, another report's wording).</param>
/// <param name="PartySources">Each party with the sentence it was read from (empty when front matter gave the parties).</param>
/// <param name="Mentioned">Other agreements its reports name: background, predecessors, agreements a party joins.</param>
[MemoryPackable]
public sealed partial record TreatyIdentity(
    ImmutableArray<SourceRef> NameSources,
    ImmutableArray<string> Aliases,
    ImmutableArray<PartyRef> PartySources,
    ImmutableArray<MentionedAgreement> Mentioned)
{
    /// <summary>Nothing known beyond the front matter.</summary>
    public static TreatyIdentity Empty { get; } = new([], [], [], []);

    /// <summary>Who brokered or guaranteed it (the UN and Turkey in a grain deal), each with the sentence that says so.</summary>
    public ImmutableArray<PartyRef> Brokers { get; init; } = [];

    /// <summary>True when <paramref name="other"/> holds the same values.</summary>
    public bool SameAs(TreatyIdentity other) =>
        NameSources.SequenceEqual(other.NameSources) && Aliases.SequenceEqual(other.Aliases)
        && PartySources.SequenceEqual(other.PartySources) && Mentioned.SequenceEqual(other.Mentioned) && Brokers.SequenceEqual(other.Brokers);
}

/// <summary>A sentence of a document: a link target.</summary>
[MemoryPackable]
public sealed partial record SourceRef([property: Snapshots.Pooled] string DocumentId, [property: Snapshots.Pooled] string SentenceId);

/// <summary>A party and the sentence it was read from.</summary>
[MemoryPackable]
public sealed partial record PartyRef([property: Snapshots.Pooled] string Party, [property: Snapshots.Pooled] string DocumentId, [property: Snapshots.Pooled] string SentenceId);

/// <summary>Another agreement a report names, and where.</summary>
/// <param name="Name">Its name as written (with its acronym where given).</param>
/// <param name="TreatyId">The corpus's treaty of that name, where the corpus has one; set when the corpus is assembled.</param>
/// <param name="DocumentId">The document that names it.</param>
/// <param name="SentenceId">The sentence that names it.</param>
[MemoryPackable]
public sealed partial record MentionedAgreement(string Name, string? TreatyId, [property: Snapshots.Pooled] string DocumentId, [property: Snapshots.Pooled] string SentenceId);
