using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>
/// What is known about a document: from its front matter, or inferred from its text where the text says it.
/// A null value is unknown and is shown as unknown, never guessed.
/// </summary>
[MemoryPackable]
public sealed partial record DocumentMetadata
{
    /// <summary>The headline, from front matter or a leading Markdown heading.</summary>
    public string? Title { get; init; }

    /// <summary>The publication that printed the article.</summary>
    public string? Outlet { get; init; }

    /// <summary>Where the article can be read.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date; relative dates in the text are resolved against it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The name of the treaty the article reports on.</summary>
    public string? Treaty { get; init; }

    /// <summary>The treaty's parties as the front matter names them.</summary>
    public ImmutableArray<string> Parties { get; init; } = [];

    /// <summary>The dateline's place ("Tehran").</summary>
    public string? Place { get; init; }

    /// <summary>Names of the fields above that were inferred from the text rather than given.</summary>
    public ImmutableArray<string> Inferred { get; init; } = [];

    /// <summary>For each inferred field, how it was found ("the dateline “CANBERRA, March 14 (Reuters) -”").</summary>
    public ImmutableDictionary<string, string> FoundBy { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);
}
