using System.Collections.Immutable;
using System.Diagnostics;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core;

/// <summary>
/// Builds corpus snapshots: whole, from what a seeds folder gave (<see cref="Build"/>), or as the next snapshot after
/// the previous one and a scan of the folder (<see cref="Update(Corpus, SeedFolderScan, ExtractionPipeline, TimeProvider?, CancellationToken)"/>).
/// </summary>
public static class CorpusBuilder
{
    /// <summary>Runs the extraction pipeline over what a seeds folder gave, indexes it, and builds a snapshot.</summary>
    /// <remarks>
    /// Cancelling <paramref name="cancellationToken"/> (the reader who pasted the article has gone) stops the analysis
    /// between sentences with an <see cref="OperationCanceledException"/>.
    /// </remarks>
    public static Corpus Build(SeedFolderContents contents, ExtractionPipeline pipeline, Lucene.Net.Analysis.Synonym.SynonymMap? synonyms = null,
        TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        // Documents are analysed in parallel, in order: the result is the same as one by one.
        // ToArray, not a plain enumeration: PLINQ then runs the query with the calling thread taking part, instead of
        // making it wait for pool threads (a request thread, under load, would wait for a busy pool).
        ImmutableArray<DocumentAnalysis> analyses = [.. contents.Documents.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(d => pipeline.Analyze(d, cancellationToken)).ToArray()];
        cancellationToken.ThrowIfCancellationRequested();
        var built = pipeline.BuildTreaties(analyses, []);
        var categories = pipeline.SentenceCategories.ToImmutableArray();
        var search = SearchIndex.Build(analyses.Select(a => a.Document), built.Select(t => t.Treaty), categories, synonyms ?? Synonyms.Default);
        return new Corpus(new CorpusParts(contents.Files, analyses, built, contents.Skipped, search), pipeline.Categories, categories, (clock ?? TimeProvider.System).GetUtcNow());
    }

    /// <summary>
    /// The next snapshot after <paramref name="previous"/>, given a scan of the folder: a file whose bytes and id are
    /// unchanged keeps its analysis, only new and changed files are analysed, only treaties whose documents changed are
    /// built again, and the search index changes only for those documents and treaties. The result is the one a full
    /// <see cref="Build"/> of the same files gives. <paramref name="previous"/> is left as it was.
    /// </summary>
    public static (Corpus Corpus, CorpusChange Change) Update(Corpus previous, SeedFolderScan scan, ExtractionPipeline pipeline,
        TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        Update(previous.Parts, scan, pipeline, clock, cancellationToken);

    /// <summary>
    /// As <see cref="Update(Corpus, SeedFolderScan, ExtractionPipeline, TimeProvider?, CancellationToken)"/>, from parts
    /// read back from a saved snapshot.
    /// </summary>
    public static (Corpus Corpus, CorpusChange Change) Update(CorpusParts previous, SeedFolderScan scan, ExtractionPipeline pipeline,
        TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var before = previous.Files.Zip(previous.Analyses).ToDictionary(x => x.First.Path, StringComparer.Ordinal);
        var toAnalyse = new List<int>();
        var analyses = new DocumentAnalysis[scan.Files.Length];
        for (var i = 0; i < scan.Files.Length; i++)
        {
            var (file, _) = scan.Files[i];
            if (before.TryGetValue(file.Path, out var old) && old.First.ContentHash == file.ContentHash && old.First.DocumentId == file.DocumentId)
            {
                analyses[i] = old.Second;
            }
            else
            {
                toAnalyse.Add(i);
            }
        }

        foreach (var (i, analysis) in toAnalyse.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(i => (i, pipeline.Analyze(scan.Files[i].Document
                     ?? throw new InvalidOperationException($"{scan.Files[i].File.Path} changed but was not read"), cancellationToken))).ToArray())
        {
            analyses[i] = analysis;
        }

        var analysed = Stopwatch.GetTimestamp();
        // The very analyses of the previous parts, in the same order, group into the very same treaties (a restart
        // over an unchanged folder; a reload after a touch that changed no byte): grouping 100,000 documents again
        // to find that out took 1.1-1.5 s.
        var built = analyses.AsSpan().SequenceEqual(previous.Analyses.AsSpan(), ReferenceEqualityComparer.Instance)
            ? previous.Treaties
            : pipeline.BuildTreaties(analyses, previous.Treaties);
        var treatiesBuilt = Stopwatch.GetTimestamp();
        var changes = IndexChangesBetween(previous, analyses, built);
        var parts = new CorpusParts([.. scan.Files.Select(f => f.File)], [.. analyses], built, scan.Skipped, changes.IsEmpty ? previous.Search : previous.Search.Update(changes));
        var indexed = Stopwatch.GetTimestamp();
        var paths = scan.Files.Select(f => f.File.Path).ToHashSet(StringComparer.Ordinal);
        var reused = previous.Treaties.Select(t => t.Treaty).ToHashSet(ReferenceEqualityComparer.Instance);
        var change = new CorpusChange(toAnalyse.Count, analyses.Length - toAnalyse.Count, before.Keys.Count(p => !paths.Contains(p)),
            built.Count(t => !reused.Contains(t.Treaty)), changes.Documents.Length + changes.RemovedDocuments.Length)
        {
            AnalysedFiles = [.. toAnalyse.Select(i => scan.Files[i].File.Path)],
            TreatiesReindexed = changes.Treaties.Length + changes.RemovedTreaties.Length,
        };
        var corpus = new Corpus(parts, pipeline.Categories, pipeline.SentenceCategories.ToImmutableArray(), (clock ?? TimeProvider.System).GetUtcNow());
        return (corpus, change with
        {
            Phases = $"analysis {Ms(started, analysed)}, treaties {Ms(analysed, treatiesBuilt)}, index {Ms(treatiesBuilt, indexed)}, look-ups {Ms(indexed, Stopwatch.GetTimestamp())}",
        });
    }

    private static string Ms(long from, long to) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Stopwatch.GetElapsedTime(from, to).TotalMilliseconds:F0} ms");

    // The documents whose analysis or treaty changed, and the treaties built again, against the previous parts.
    private static IndexChanges IndexChangesBetween(CorpusParts previous, DocumentAnalysis[] analyses, ImmutableArray<BuiltTreaty> built)
    {
        var oldAnalysis = previous.Analyses.ToDictionary(a => a.Document.Id, StringComparer.Ordinal);
        var oldTreatyOf = previous.Treaties.SelectMany(t => t.Treaty.DocumentIds.Select(d => (d, t.Treaty.Id))).ToDictionary(x => x.d, x => x.Id, StringComparer.Ordinal);
        var treatyOf = built.SelectMany(t => t.Treaty.DocumentIds.Select(d => (d, t.Treaty.Id))).ToDictionary(x => x.d, x => x.Id, StringComparer.Ordinal);
        var ids = analyses.Select(a => a.Document.Id).ToHashSet(StringComparer.Ordinal);
        var oldTreaties = previous.Treaties.Select(t => t.Treaty).ToHashSet(ReferenceEqualityComparer.Instance);
        var treatyIds = built.Select(t => t.Treaty.Id).ToHashSet(StringComparer.Ordinal);
        return new IndexChanges(
            [.. oldAnalysis.Keys.Where(id => !ids.Contains(id))],
            [.. analyses
                .Where(a => !ReferenceEquals(oldAnalysis.GetValueOrDefault(a.Document.Id), a) || oldTreatyOf.GetValueOrDefault(a.Document.Id) != treatyOf.GetValueOrDefault(a.Document.Id))
                .Select(a => (a.Document, treatyOf.GetValueOrDefault(a.Document.Id)))],
            [.. previous.Treaties.Select(t => t.Treaty.Id).Where(id => !treatyIds.Contains(id))],
            [.. built.Select(t => t.Treaty).Where(t => !oldTreaties.Contains(t))]);
    }
}
