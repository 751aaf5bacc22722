using System.Collections.Frozen;
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
    private readonly FrozenDictionary<string, SourceDocument> _documentsById;
    private readonly FrozenDictionary<string, Treaty> _treatiesById;
    private readonly FrozenDictionary<string, Treaty> _treatyByDocument;
    private readonly FrozenDictionary<(string DocumentId, string SentenceId), ImmutableArray<Clause>> _clausesBySentence;

    private Corpus(ImmutableArray<SourceDocument> documents, ImmutableArray<Treaty> treaties, ImmutableArray<CategoryDefinition> categories, ImmutableArray<string> allCategories, ImmutableArray<SkippedFile> skipped, DateTimeOffset loadedAt, SearchIndex search)
    {
        AllCategories = allCategories;
        Search = search;
        Documents = documents;
        Treaties = treaties;
        Categories = categories;
        Skipped = skipped;
        LoadedAt = loadedAt;
        _documentsById = documents.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
        _treatiesById = treaties.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _treatyByDocument = treaties.SelectMany(t => t.DocumentIds.Select(d => (d, t))).ToFrozenDictionary(x => x.d, x => x.t, StringComparer.Ordinal);
        _clausesBySentence = treaties.SelectMany(t => t.Clauses)
            .SelectMany(c => c.Evidence.Select(e => (Key: (e.DocumentId, e.SentenceId), Clause: c)))
            .GroupBy(x => x.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Clause).Distinct().ToImmutableArray());
    }

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
    public ImmutableArray<Clause> ClausesOf(string documentId, string sentenceId) =>
        _clausesBySentence.TryGetValue((documentId, sentenceId), out var clauses) ? clauses : [];

    /// <summary>The label of a category ("Defence"), or the name itself.</summary>
    public string LabelOf(string category) => Categories.FirstOrDefault(c => c.Name == category)?.Label
        ?? (category.Length == 0 ? category : char.ToUpperInvariant(category[0]) + category[1..]);

    /// <summary>Runs the extraction pipeline over what a seeds folder gave, indexes it, and builds a snapshot.</summary>
    public static Corpus Build(SeedFolderContents contents, ExtractionPipeline pipeline, Lucene.Net.Analysis.Synonym.SynonymMap? synonyms = null, TimeProvider? clock = null)
    {
        // Documents are analysed in parallel, in order: the result is the same as one by one.
        var analyses = contents.Documents.AsParallel().AsOrdered().Select(pipeline.Analyze).ToList();
        var treaties = pipeline.BuildTreaties(analyses);
        var documents = analyses.Select(a => a.Document).ToImmutableArray();
        var categories = pipeline.SentenceCategories.ToImmutableArray();
        var search = SearchIndex.Build(documents, treaties, categories, synonyms ?? Synonyms.Default);
        return new Corpus(documents, treaties, pipeline.Categories, categories, contents.Skipped, (clock ?? TimeProvider.System).GetUtcNow(), search);
    }
}
