using System.Collections.Immutable;

namespace TreatyBrowser.Core.Search;

/// <summary>One span of a text that a query matched: offsets into the text, end exclusive.</summary>
/// <param name="Start">The first character.</param>
/// <param name="End">One past the last character.</param>
public readonly record struct MarkedSpan(int Start, int End);

/// <summary>
/// A text and the spans a query matched in it, in order and not overlapping: data, like an evidence span, for the
/// reader to render (the web app marks them with <c>&lt;mark&gt;</c>, a terminal could underline them).
/// </summary>
/// <param name="Text">The text exactly as stored.</param>
/// <param name="Marks">The matched spans.</param>
public sealed record MarkedText(string Text, ImmutableArray<MarkedSpan> Marks)
{
    /// <summary>The words that matched, as written.</summary>
    public IEnumerable<string> MarkedWords => Marks.Select(m => Text[m.Start..m.End]);
}
