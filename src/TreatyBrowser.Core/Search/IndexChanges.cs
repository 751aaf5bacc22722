using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Search;

/// <summary>What a reload changes in the search index.</summary>
/// <param name="RemovedDocuments">Ids of documents no longer in the corpus.</param>
/// <param name="Documents">Documents new or changed (or moved to another treaty), each with the treaty it now belongs to.</param>
/// <param name="RemovedTreaties">Ids of treaties no longer in the corpus.</param>
/// <param name="Treaties">Treaties new or built again.</param>
public sealed record IndexChanges(
    ImmutableArray<string> RemovedDocuments,
    ImmutableArray<(SourceDocument Document, string? Treaty)> Documents,
    ImmutableArray<string> RemovedTreaties,
    ImmutableArray<Treaty> Treaties)
{
    /// <summary>True when nothing changes.</summary>
    public bool IsEmpty => RemovedDocuments.IsEmpty && Documents.IsEmpty && RemovedTreaties.IsEmpty && Treaties.IsEmpty;
}

/// <summary>A commit of the index held from deletion while its files are copied; dispose to let it go.</summary>
public sealed class IndexCommitHold(Lucene.Net.Index.SnapshotDeletionPolicy policy, Lucene.Net.Index.IndexCommit commit) : IDisposable
{
    /// <summary>The commit held.</summary>
    public Lucene.Net.Index.IndexCommit Commit { get; } = commit;

    /// <inheritdoc/>
    public void Dispose() => policy.Release(Commit);
}
