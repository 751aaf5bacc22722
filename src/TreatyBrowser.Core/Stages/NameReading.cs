using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Stages;

/// <summary>What a document says its agreement is called, and which other agreements it only mentions.</summary>
/// <param name="Main">The name of the agreement the article reports, where it writes one.</param>
/// <param name="Aliases">Other names it gives the same agreement (its acronym alone, a shorter form).</param>
/// <param name="Mentioned">Other agreements it names: background, predecessors, agreements a party joins.</param>
[MemoryPackable]
public sealed partial record NameReading(AgreementName? Main, ImmutableArray<AgreementName> Aliases, ImmutableArray<AgreementName> Mentioned)
{
    /// <summary>A document that names no agreement.</summary>
    public static NameReading None { get; } = new(null, [], []);
}

/// <summary>An agreement's name as one sentence writes it.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Acronym">Its acronym, where the text gives one.</param>
/// <param name="DocumentId">The document.</param>
/// <param name="SentenceId">The sentence that writes it.</param>
[MemoryPackable]
public sealed partial record AgreementName(string Name, string? Acronym, [property: Snapshots.Pooled] string DocumentId, [property: Snapshots.Pooled] string SentenceId)
{
    /// <summary>"Name (ACRONYM)", or the name alone.</summary>
    public string Display => Acronym is null || string.Equals(Name, Acronym, StringComparison.Ordinal) ? Name : $"{Name} ({Acronym})";
}
