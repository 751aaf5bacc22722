using System.Collections.Immutable;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Search;

namespace TreatyBrowser.Core;

/// <summary>
/// One immutable snapshot of everything the app serves. Built whole from a seeds folder (<see cref="Build"/>) or from
/// the previous snapshot and what changed (<see cref="Update(Corpus, SeedFolderScan, ExtractionPipeline, TimeProvider?)"/>);
/// a reload builds a new snapshot beside the old and swaps one reference, so readers never see a half-built state.
/// </summary>
public sealed partial class Corpus
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
        // ToArray, not a plain enumeration: PLINQ then runs the query with the calling thread taking part, instead of
        // making it wait for pool threads (a request thread, under load, would wait for a busy pool).
        ImmutableArray<DocumentAnalysis> analyses = [.. contents.Documents.AsParallel().AsOrdered().Select(pipeline.Analyze).ToArray()];
        var built = pipeline.BuildTreaties(analyses, []);
        var categories = pipeline.SentenceCategories.ToImmutableArray();
        var search = SearchIndex.Build(analyses.Select(a => a.Document), built.Select(t => t.Treaty), categories, synonyms ?? Synonyms.Default);
        return new Corpus(new CorpusParts(contents.Files, analyses, built, contents.Skipped, search), pipeline.Categories, categories, (clock ?? TimeProvider.System).GetUtcNow());
    }
}
