using System.Collections.Immutable;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core;

/// <summary>What a snapshot is made of: each file with its analysis, the treaties with the groups they were built from, and the index.</summary>
/// <param name="Files">The file of each analysis, in the same order (empty for documents made in memory).</param>
/// <param name="Analyses">Each document's analysis, in path order.</param>
/// <param name="Treaties">The treaties, each with its group.</param>
/// <param name="Skipped">Files that could not be loaded, with the reason.</param>
/// <param name="Search">The search index.</param>
public sealed record CorpusParts(
    ImmutableArray<SeedFile> Files,
    ImmutableArray<DocumentAnalysis> Analyses,
    ImmutableArray<BuiltTreaty> Treaties,
    ImmutableArray<SkippedFile> Skipped,
    SearchIndex Search);

/// <summary>What an incremental reload did, for the log and the benchmarks.</summary>
/// <param name="Analysed">Files analysed (new or changed).</param>
/// <param name="Kept">Files whose analysis was kept.</param>
/// <param name="Removed">Files gone since the previous snapshot.</param>
/// <param name="TreatiesBuilt">Treaties built again (those whose documents changed).</param>
/// <param name="DocumentsReindexed">Documents whose sentences were deleted from or added to the index.</param>
public sealed record CorpusChange(int Analysed, int Kept, int Removed, int TreatiesBuilt, int DocumentsReindexed)
{
    /// <summary>The paths of the files analysed.</summary>
    public ImmutableArray<string> AnalysedFiles { get; init; } = [];

    /// <summary>True when nothing was analysed, removed, built or re-indexed: the same corpus as before.</summary>
    public bool IsEmpty => Analysed == 0 && Removed == 0 && TreatiesReindexed == 0 && DocumentsReindexed == 0;

    /// <summary>Treaties whose clauses were deleted from or added to the index.</summary>
    public int TreatiesReindexed { get; init; }

    /// <summary>How long each phase took, for the log ("analysis 12 ms, treaties 30 ms, ...").</summary>
    public string Phases { get; init; } = "";
}
