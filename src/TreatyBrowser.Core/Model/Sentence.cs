using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>
/// One sentence of a document, with its exact position in the file's decoded text:
/// <c>fileText[Start..End] == Text</c> always holds.
/// </summary>
/// <param name="Id">Stable within its document: <c>s-{n}</c> for body sentences, <c>h-{n}</c> for headings, <c>dateline</c>.</param>
/// <param name="Index">Zero-based position among all the document's sentences.</param>
/// <param name="Paragraph">Zero-based paragraph the sentence belongs to.</param>
/// <param name="Role">Dateline, heading or body.</param>
/// <param name="Start">Offset of the first character in the file's text (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Text">The sentence exactly as written.</param>
[MemoryPackable]
public sealed partial record Sentence([property: Snapshots.Pooled] string Id, int Index, int Paragraph, SentenceRole Role, int Start, int End, string Text)
{
    /// <summary>Categories decided by extraction, each with the cues that fired. Empty until extraction runs.</summary>
    public ImmutableArray<CategoryDecision> Categories { get; init; } = [];
}
