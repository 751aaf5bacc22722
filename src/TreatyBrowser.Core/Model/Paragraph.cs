using MemoryPack;
namespace TreatyBrowser.Core.Model;

/// <summary>A paragraph of a document with its offsets into the file's text.</summary>
/// <param name="Index">Zero-based position in the document.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="IsHeading">True for a Markdown heading or a subheading line in plain text.</param>
[MemoryPackable]
public sealed partial record Paragraph(int Index, int Start, int End, bool IsHeading);
