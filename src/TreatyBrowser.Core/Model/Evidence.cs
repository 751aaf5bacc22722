using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>One sentence that reports a clause, with the exact phrase inside it.</summary>
/// <param name="DocumentId">The document the sentence is in.</param>
/// <param name="SentenceId">The sentence (<c>s-{n}</c>).</param>
/// <param name="Start">Start of the phrase, as an offset into the sentence's text.</param>
/// <param name="End">End of the phrase (exclusive), as an offset into the sentence's text.</param>
/// <param name="Phrase">The phrase as written: <c>sentence.Text[Start..End]</c>.</param>
/// <param name="Modality">What this sentence says of the provision; sources can disagree.</param>
/// <param name="Attribution">Who the sentence says reports it ("As reported by Reuters", "it says").</param>
[MemoryPackable]
public sealed partial record Evidence(
    [property: Snapshots.Pooled] string DocumentId,
    [property: Snapshots.Pooled] string SentenceId,
    int Start,
    int End,
    string Phrase,
    Modality Modality,
    ImmutableArray<string> Attribution)
{
    /// <summary>
    /// The words that decided <see cref="Modality"/> ("will not", "does not include", "expected to"), or null when the
    /// sentence states the provision with no frame at all.
    /// </summary>
    [Snapshots.Pooled]
    public string? ModalityCue { get; init; }
}
