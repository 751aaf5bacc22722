using System.Collections.Immutable;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Search;

namespace TreatyBrowser.Core;

/// <summary>
/// One immutable snapshot of everything the app serves. Built whole from a seeds folder; a reload builds a new
/// snapshot beside the old and swaps one reference, so readers never see a half-built state.
/// </summary>
public sealed class Corpus
{
    // Plain dictionaries, never written after construction: a reload builds them again for 10,000 documents, where a
    // frozen dictionary's slower construction (it is tuned for reading) cost more than it saved.
    private readonly Dictionary<string, SourceDocument> _documentsById;
    private readonly Dictionary<string, Treaty> _treatiesById;
    private readonly Dictionary<string, Treaty> _treatyByDocument;
    private readonly Dictionary<(string DocumentId, string SentenceId), List<Clause>> _clausesBySentence;

    private Corpus(CorpusParts parts, ImmutableArray<CategoryDefinition> categories, ImmutableArray<string> allCategories, DateTimeOffset loadedAt)
    {
        var documents = parts.Analyses.Select(a => a.Document).ToImmutableArray();
        var treaties = parts.Treaties.Select(t => t.Treaty).ToImmutableArray();
        Parts = parts;
        AllCategories = allCategories;
        Search = parts.Search;
        Documents = documents;
        Treaties = treaties;
        Categories = categories;
        Skipped = parts.Skipped;
        LoadedAt = loadedAt;
        _documentsById = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _treatiesById = treaties.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _treatyByDocument = new Dictionary<string, Treaty>(documents.Length, StringComparer.Ordinal);
        _clausesBySentence = [];
        foreach (var treaty in treaties)
        {
            foreach (var id in treaty.DocumentIds)
            {
                _treatyByDocument[id] = treaty;
            }

            foreach (var clause in treaty.Clauses)
            {
                foreach (var evidence in clause.Evidence)
                {
                    var key = (evidence.DocumentId, evidence.SentenceId);
                    if (!_clausesBySentence.TryGetValue(key, out var clauses))
                    {
                        _clausesBySentence[key] = clauses = [];
                    }

                    if (clauses.Count == 0 || !ReferenceEquals(clauses[^1], clause))
                    {
                        clauses.Add(clause);
                    }
                }
            }
        }
    }

    /// <summary>What this snapshot was built from and of: what a later reload or a saved snapshot starts from.</summary>
    public CorpusParts Parts { get; }

    /// <summary>Every loaded document, in path order, its sentences carrying their categories.</summary>
    public ImmutableArray<SourceDocument> Documents { get; }

    /// <summary>The treaties the documents report, in the order their first document appears.</summary>
    public ImmutableArray<Treaty> Treaties { get; }

    /// <summary>The lexicon's categories, in order, with their labels.</summary>
    public ImmutableArray<CategoryDefinition> Categories { get; }

    /// <summary>Files that could not be loaded, with the reason.</summary>
    public ImmutableArray<SkippedFile> Skipped { get; }

    /// <summary>The full-text index of this snapshot's sentences and clauses.</summary>
    public SearchIndex Search { get; }

    /// <summary>Every category a sentence can have: the lexicon's, then timeline and context.</summary>
    public ImmutableArray<string> AllCategories { get; }

    /// <summary>When this snapshot was built.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The document with the given id, or null.</summary>
    public SourceDocument? FindDocument(string id) => _documentsById.GetValueOrDefault(id);

    /// <summary>The treaty with the given id, or null.</summary>
    public Treaty? FindTreaty(string id) => _treatiesById.GetValueOrDefault(id);

    /// <summary>The treaty a document reports on.</summary>
    public Treaty? TreatyOf(string documentId) => _treatyByDocument.GetValueOrDefault(documentId);

    /// <summary>The clauses a sentence is evidence for.</summary>
    public IReadOnlyList<Clause> ClausesOf(string documentId, string sentenceId) =>
        _clausesBySentence.TryGetValue((documentId, sentenceId), out var clauses) ? clauses : [];

    /// <summary>The label of a category ("Defence"), or the name itself.</summary>
    public string LabelOf(string category) => Categories.FirstOrDefault(c => c.Name == category)?.Label
        ?? (category.Length == 0 ? category : char.ToUpperInvariant(category[0]) + category[1..]);

    /// <summary>Runs the extraction pipeline over what a seeds folder gave, indexes it, and builds a snapshot.</summary>
    public static Corpus Build(SeedFolderContents contents, ExtractionPipeline pipeline, Lucene.Net.Analysis.Synonym.SynonymMap? synonyms = null, TimeProvider? clock = null)
    {
        // Documents are analysed in parallel, in order: the result is the same as one by one.
        var analyses = contents.Documents.AsParallel().AsOrdered().Select(pipeline.Analyze).ToImmutableArray();
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
    public static (Corpus Corpus, CorpusChange Change) Update(Corpus previous, SeedFolderScan scan, ExtractionPipeline pipeline, TimeProvider? clock = null) =>
        Update(previous.Parts, scan, pipeline, clock);

    /// <summary>As <see cref="Update(Corpus, SeedFolderScan, ExtractionPipeline, TimeProvider?)"/>, from parts read back from a saved snapshot.</summary>
    public static (Corpus Corpus, CorpusChange Change) Update(CorpusParts previous, SeedFolderScan scan, ExtractionPipeline pipeline, TimeProvider? clock = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
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

        foreach (var (i, analysis) in toAnalyse.AsParallel().AsOrdered().Select(i => (i, pipeline.Analyze(scan.Files[i].Document
                     ?? throw new InvalidOperationException($"{scan.Files[i].File.Path} changed but was not read")))))
        {
            analyses[i] = analysis;
        }

        var analysed = System.Diagnostics.Stopwatch.GetTimestamp();
        var built = pipeline.BuildTreaties(analyses, previous.Treaties);
        var treatiesBuilt = System.Diagnostics.Stopwatch.GetTimestamp();
        var changes = IndexChangesBetween(previous, analyses, built);
        var parts = new CorpusParts([.. scan.Files.Select(f => f.File)], [.. analyses], built, scan.Skipped, changes.IsEmpty ? previous.Search : previous.Search.Update(changes));
        var indexed = System.Diagnostics.Stopwatch.GetTimestamp();
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
            Phases = $"analysis {Ms(started, analysed)}, treaties {Ms(analysed, treatiesBuilt)}, index {Ms(treatiesBuilt, indexed)}, look-ups {Ms(indexed, System.Diagnostics.Stopwatch.GetTimestamp())}",
        });
    }

    private static string Ms(long from, long to) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{System.Diagnostics.Stopwatch.GetElapsedTime(from, to).TotalMilliseconds:F0} ms");

    // The documents whose analysis or treaty changed, and the treaties built again, against the previous parts.
    private static IndexChanges IndexChangesBetween(CorpusParts previous, DocumentAnalysis[] analyses, ImmutableArray<BuiltTreaty> built)
    {
        var oldAnalysis = previous.Analyses.ToDictionary(a => a.Document.Id, StringComparer.Ordinal);
        var oldTreatyOf = previous.Treaties.SelectMany(t => t.Treaty.DocumentIds.Select(d => (d, t.Treaty.Id))).ToDictionary(x => x.d, x => x.Id, StringComparer.Ordinal);
        var treatyOf = built.SelectMany(t => t.Treaty.DocumentIds.Select(d => (d, t.Treaty.Id))).ToDictionary(x => x.d, x => x.Id, StringComparer.Ordinal);
        var ids = analyses.Select(a => a.Document.Id).ToHashSet(StringComparer.Ordinal);
        var oldTreaties = previous.Treaties.Select(t => t.Treaty).ToHashSet(ReferenceEqualityComparer.Instance);
        var treatyIds = built.Select(t => t.Treaty.Id).ToHashSet(StringComparer.Ordinal);
        bool Indexed(Treaty t) => oldTreaties.Contains(t) || (previous.IndexedClauses.TryGetValue(t.Id, out var key) && key == SearchIndex.ClausesKey(t));
        return new IndexChanges(
            [.. oldAnalysis.Keys.Where(id => !ids.Contains(id))],
            [.. analyses
                .Where(a => !ReferenceEquals(oldAnalysis.GetValueOrDefault(a.Document.Id), a) || oldTreatyOf.GetValueOrDefault(a.Document.Id) != treatyOf.GetValueOrDefault(a.Document.Id))
                .Select(a => (a.Document, treatyOf.GetValueOrDefault(a.Document.Id)))],
            [.. previous.Treaties.Select(t => t.Treaty.Id).Where(id => !treatyIds.Contains(id))],
            [.. built.Select(t => t.Treaty).Where(t => !Indexed(t))]);
    }
}

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
    SearchIndex Search)
{
    /// <summary>
    /// For parts read back from a saved snapshot, whose treaties are stand-ins (an id and its documents, to be built
    /// again): each treaty's <see cref="SearchIndex.ClausesKey"/>, so a treaty built again the same is not re-indexed.
    /// </summary>
    public ImmutableDictionary<string, string> IndexedClauses { get; init; } = ImmutableDictionary<string, string>.Empty;
}

/// <summary>What an incremental reload did, for the log and the benchmarks.</summary>
/// <param name="Analysed">Files analysed (new or changed).</param>
/// <param name="Kept">Files whose analysis was kept.</param>
/// <param name="Removed">Files gone since the previous snapshot.</param>
/// <param name="TreatiesBuilt">Treaties built again (after a restart, all of them: treaties are not saved).</param>
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
