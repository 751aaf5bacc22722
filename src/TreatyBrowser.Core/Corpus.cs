using System.Collections.Immutable;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core;

/// <summary>
/// One immutable snapshot of everything the app serves. Built whole from a seeds folder; a reload builds a new
/// snapshot beside the old and swaps one reference, so readers never see a half-built state.
/// </summary>
public sealed class Corpus
{
    private readonly Dictionary<string, SourceDocument> _documentsById;

    private Corpus(ImmutableArray<SourceDocument> documents, ImmutableArray<SkippedFile> skipped, DateTimeOffset loadedAt)
    {
        Documents = documents;
        Skipped = skipped;
        LoadedAt = loadedAt;
        _documentsById = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>Every loaded document, in path order.</summary>
    public ImmutableArray<SourceDocument> Documents { get; }

    /// <summary>Files that could not be loaded, with the reason.</summary>
    public ImmutableArray<SkippedFile> Skipped { get; }

    /// <summary>When this snapshot was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The document with the given id, or null.</summary>
    public SourceDocument? FindDocument(string id) => _documentsById.GetValueOrDefault(id);

    /// <summary>Builds a snapshot from what a seeds folder gave.</summary>
    public static Corpus Build(SeedFolderContents contents, TimeProvider? clock = null) =>
        new(contents.Documents, contents.Skipped, (clock ?? TimeProvider.System).GetUtcNow());
}
