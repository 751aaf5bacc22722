using System.Collections.Immutable;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// A Lucene index of every sentence and every clause of one corpus snapshot, in memory. Each snapshot has its own
/// point-in-time reader, so readers never see a half-updated index; a reload changes only what changed (documents
/// and treaties deleted and added by id through the one writer the snapshots of a lineage share) and opens a new
/// reader. Thread-safe for searching; <see cref="Update"/> and <see cref="Commit"/> are for the one reloading thread.
/// </summary>
public sealed class SearchIndex
{
    internal const string TextField = "text";
    private const string RawField = "raw";
    private const string TypeField = "type";
    private const string CategoryField = "category";
    private const string CategoryValuesField = "category_values";
    private const string TreatyField = "treaty";
    private const string DocumentField = "document";
    private const string IdField = "id";
    private const string ModalityField = "modality";
    private const string StatementField = "statement";
    private const string ClauseType = "clause";
    private const string SentenceType = "sentence";

    private readonly IndexWriter _writer;
    private readonly SnapshotDeletionPolicy _commits;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _indexAnalyzer;
    private readonly Analyzer _queryAnalyzer;
    private readonly ImmutableArray<string> _categories;
    private readonly Lazy<ImmutableArray<(string Term, int Frequency)>> _vocabulary;

    private SearchIndex(IndexWriter writer, SnapshotDeletionPolicy commits, DirectoryReader reader, Analyzer indexAnalyzer, Analyzer queryAnalyzer, ImmutableArray<string> categories)
    {
        (_writer, _commits, _reader, _indexAnalyzer, _queryAnalyzer, _categories) = (writer, commits, reader, indexAnalyzer, queryAnalyzer, categories);
        _searcher = new IndexSearcher(reader);
        // Spelling suggestions need the vocabulary only when a search finds nothing: read it then, once per snapshot.
        _vocabulary = new(() => Vocabulary(reader));
    }

    /// <summary>How many sentences and clauses the index holds.</summary>
    public int Count => _reader.NumDocs;

    /// <summary>Indexes every body sentence (and heading) and every clause.</summary>
    public static SearchIndex Build(IEnumerable<SourceDocument> documents, IEnumerable<Treaty> treaties, IEnumerable<string> categories, Lucene.Net.Analysis.Synonym.SynonymMap synonyms)
    {
        var treatyList = treaties.ToList();
        var treatyOf = treatyList.SelectMany(t => t.DocumentIds.Select(d => (d, t.Id))).ToDictionary(x => x.d, x => x.Id);
        var (writer, commits, analyzer) = Writer(new RAMDirectory(), synonyms, OpenMode.CREATE);

        // IndexWriter takes documents from several threads at once; each thread fills its own segment.
        Parallel.ForEach(documents, document => AddSentences(writer, document, treatyOf.GetValueOrDefault(document.Id)));
        foreach (var treaty in treatyList)
        {
            AddClauses(writer, treaty);
        }

        writer.Commit();
        return new SearchIndex(writer, commits, DirectoryReader.Open(writer, applyAllDeletes: true), analyzer, new TreatyAnalyzer(null), [.. categories]);
    }

    /// <summary>
    /// A new snapshot of this index with the given changes: the sentences of removed and changed documents deleted by
    /// document id and the changed ones added (with the treaty each now belongs to); the clauses of removed and
    /// changed treaties deleted by treaty id and the changed ones added. This snapshot's reader is untouched.
    /// </summary>
    public SearchIndex Update(IndexChanges changes)
    {
        foreach (var id in changes.RemovedDocuments.Concat(changes.Documents.Select(d => d.Document.Id)))
        {
            _writer.DeleteDocuments(Both(TypeField, SentenceType, DocumentField, id));
        }

        foreach (var id in changes.RemovedTreaties.Concat(changes.Treaties.Select(t => t.Id)))
        {
            _writer.DeleteDocuments(Both(TypeField, ClauseType, TreatyField, id));
        }

        foreach (var (document, treaty) in changes.Documents)
        {
            AddSentences(_writer, document, treaty);
        }

        foreach (var treaty in changes.Treaties)
        {
            AddClauses(_writer, treaty);
        }

        var reader = DirectoryReader.OpenIfChanged(_reader, _writer, applyAllDeletes: true) ?? _reader;
        return new SearchIndex(_writer, _commits, reader, _indexAnalyzer, _queryAnalyzer, _categories);
    }

    /// <summary>
    /// Commits what the writer holds and keeps that commit's files from deletion until the returned handle is
    /// disposed, so they can be copied (<see cref="CopyTo"/>) while reloads go on. Call from the reloading thread,
    /// right after the snapshot this index belongs to was built.
    /// </summary>
    public IndexCommitHold Commit()
    {
        _writer.Commit();
        return new IndexCommitHold(_commits, _commits.Snapshot());
    }

    /// <summary>Copies the files of a held commit into <paramref name="folder"/> (a new, empty folder).</summary>
    public static void CopyTo(IndexCommitHold hold, string folder)
    {
        using var target = FSDirectory.Open(folder);
        foreach (var file in hold.Commit.FileNames)
        {
            hold.Commit.Directory.Copy(target, file, file, IOContext.DEFAULT);
        }

        target.Sync(hold.Commit.FileNames);
    }

    /// <summary>
    /// Opens an index written by <see cref="CopyTo"/>: its files are read into memory, so the folder may be replaced
    /// at once. Throws when the files are not a whole, valid index: every file's checksum is checked.
    /// </summary>
    public static SearchIndex Open(string folder, IEnumerable<string> categories, Lucene.Net.Analysis.Synonym.SynonymMap synonyms)
    {
        RAMDirectory memory;
        using (var files = FSDirectory.Open(folder))
        {
            memory = new RAMDirectory(files, IOContext.READ_ONCE);
        }

        // Opening reads only some files whole; every segment's checksums are checked here, so a damaged file is found
        // now, not by a search that reaches it.
        using (var check = DirectoryReader.Open(memory))
        {
            foreach (var leaf in check.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }
        }

        var (writer, commits, analyzer) = Writer(memory, synonyms, OpenMode.APPEND);
        return new SearchIndex(writer, commits, DirectoryReader.Open(writer, applyAllDeletes: true), analyzer, new TreatyAnalyzer(null), [.. categories]);
    }

    private static (IndexWriter Writer, SnapshotDeletionPolicy Commits, Analyzer Analyzer) Writer(Lucene.Net.Store.Directory directory, Lucene.Net.Analysis.Synonym.SynonymMap synonyms, OpenMode mode)
    {
        var indexAnalyzer = new TreatyAnalyzer(synonyms);
        var perField = new PerFieldAnalyzerWrapper(indexAnalyzer, new Dictionary<string, Analyzer> { [RawField] = new SimpleAnalyzer(TreatyAnalyzer.Version) });
        var commits = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
        var config = new IndexWriterConfig(TreatyAnalyzer.Version, perField) { OpenMode = mode, RAMBufferSizeMB = 64, IndexDeletionPolicy = commits };
        return (new IndexWriter(directory, config), commits, indexAnalyzer);
    }

    private static void AddSentences(IndexWriter writer, SourceDocument document, string? treaty)
    {
        foreach (var sentence in document.Sentences.Where(s => s.Role != SentenceRole.Dateline))
        {
            writer.AddDocument(SentenceDocument(document, sentence, treaty));
        }
    }

    private static void AddClauses(IndexWriter writer, Treaty treaty)
    {
        foreach (var clause in treaty.Clauses)
        {
            writer.AddDocument(ClauseDocument(clause));
        }
    }

    private static BooleanQuery Both(string field, string value, string otherField, string otherValue) => new()
    {
        { new TermQuery(new Term(field, value)), Occur.MUST },
        { new TermQuery(new Term(otherField, otherValue)), Occur.MUST },
    };

    /// <summary>Why a query cannot be searched (a regular expression), for a 400; null when it can.</summary>
    public string? Refusal(string query) => QueryReader.Refusal(query, _queryAnalyzer);

    /// <summary>
    /// Runs a search; never throws for anything a reader can type. It stops at <see cref="SearchRequest.TimeBudget"/>
    /// with what it has found, saying so, and throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellation"/> fires (the reader left).
    /// </summary>
    public SearchResults Search(SearchRequest request, CancellationToken cancellation = default)
    {
        var (query, notice) = QueryReader.Read(request.Query, _queryAnalyzer);
        if (query is null)
        {
            return new SearchResults(request, 0, 0, [], [], ImmutableDictionary<string, int>.Empty, Suggest(request.Query), notice);
        }

        var budget = new SearchBudget(request.TimeBudget, cancellation);
        // As IndexSearcher.Search(query, n) does: never a queue longer than the index (page 1,000,000 asks for 20 million).
        var needed = Math.Max(1, Math.Min(request.Page * request.PageSize, _searcher.IndexReader.MaxDoc));
        var clauseTop = TopScoreDocCollector.Create(Math.Max(1, Math.Min(1000, _searcher.IndexReader.MaxDoc)), true);
        var sentenceTop = TopScoreDocCollector.Create(needed, true);
        var counter = new CategoryCounter(CategoryValuesField);
        try
        {
            var router = new HitRouter(clauseTop, sentenceTop, counter, new Term(TypeField, ClauseType), CategoryValuesField, request.Category);
            _searcher.Search(Restrict(query, null, request, null), new BudgetCollector(router, budget));
        }
        catch (SearchBudgetSpentException)
        {
            notice = $"The search stopped at its time budget ({request.TimeBudget.TotalMilliseconds:N0} ms); these are the hits found by then. A narrower query finds all of them.";
        }

        var (clauseHits, sentenceHits) = (clauseTop.GetTopDocs(), sentenceTop.GetTopDocs());
        var from = (request.Page - 1) * request.PageSize;
        // Highlight with the query rewritten against the index once (prefixes expanded to the terms they match),
        // rather than re-expanding it for every hit.
        var highlighter = new Highlighting(_searcher.Rewrite(query), _indexAnalyzer);

        var clauses = clauseHits.ScoreDocs.Skip(from).Take(request.PageSize).Select(hit => ClauseHitOf(hit, highlighter)).ToImmutableArray();
        var sentenceFrom = Math.Max(0, from - clauseHits.TotalHits);
        var sentenceTake = request.PageSize - clauses.Length;
        var sentences = sentenceHits.ScoreDocs.Skip(sentenceFrom).Take(sentenceTake).Select(hit => SentenceHitOf(hit, highlighter)).ToImmutableArray();

        var found = counter.Counts();
        var counts = _categories.ToImmutableDictionary(c => c, c => found.GetValueOrDefault(c));
        var total = clauseHits.TotalHits + sentenceHits.TotalHits;
        return new SearchResults(request, clauseHits.TotalHits, sentenceHits.TotalHits, clauses, sentences, counts, total == 0 ? Suggest(request.Query) : [], notice);
    }

    private static BooleanQuery Restrict(Query query, string? type, SearchRequest request, string? category)
    {
        var all = new BooleanQuery { { query, Occur.MUST } };
        AddTerm(all, TypeField, type);
        AddTerm(all, CategoryField, category);
        AddTerm(all, TreatyField, request.Treaty);
        AddTerm(all, DocumentField, request.Document);
        AddAnyOf(all, TreatyField, request.AnyTreaty);
        AddAnyOf(all, DocumentField, request.AnyDocument);
        return all;
    }

    // One of many values, as a filter of terms: a party's hundreds of treaties or a year's thousands of articles are
    // never hundreds of boolean clauses (and never past the clause limit). A clause matches when one of its sources does.
    private static void AddAnyOf(BooleanQuery query, string field, IReadOnlyCollection<string>? values)
    {
        if (values is not null)
        {
            var terms = values.Count == 0 ? [new Term(field, "\u0000none")] : values.Select(v => new Term(field, v)).ToArray();
            query.Add(new ConstantScoreQuery(new Lucene.Net.Queries.TermsFilter(terms)) { Boost = 0 }, Occur.MUST);
        }
    }

    private static void AddTerm(BooleanQuery query, string field, string? value)
    {
        if (value is not null)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = 0 }, Occur.MUST);
        }
    }

    private ClauseHit ClauseHitOf(ScoreDoc hit, Highlighting highlighter)
    {
        var doc = _searcher.Doc(hit.Doc);
        var statement = doc.Get(StatementField);
        var phrases = doc.Get(TextField)[(statement.Length + 1)..];
        return new ClauseHit(doc.Get(TreatyField), doc.Get(CategoryField), doc.Get(IdField), doc.Get(ModalityField),
            highlighter.Whole(statement), highlighter.Best(phrases), hit.Score);
    }

    private SentenceHit SentenceHitOf(ScoreDoc hit, Highlighting highlighter)
    {
        var doc = _searcher.Doc(hit.Doc);
        return new SentenceHit(doc.Get(DocumentField), doc.Get(IdField), doc.Get(TreatyField), [.. doc.GetValues(CategoryField)], highlighter.Whole(doc.Get(TextField)), hit.Score);
    }

    private static Document SentenceDocument(SourceDocument source, Sentence sentence, string? treaty)
    {
        var doc = new Document
        {
            new StringField(TypeField, SentenceType, Field.Store.NO),
            new StringField(IdField, sentence.Id, Field.Store.YES),
            new StringField(DocumentField, source.Id, Field.Store.YES),
            new TextField(TextField, sentence.Text, Field.Store.YES),
            new TextField(RawField, sentence.Text, Field.Store.NO),
        };
        if (treaty is not null)
        {
            doc.Add(new StringField(TreatyField, treaty, Field.Store.YES));
        }

        foreach (var category in sentence.Categories)
        {
            doc.Add(new StringField(CategoryField, category.Category, Field.Store.YES));
            doc.Add(new SortedSetDocValuesField(CategoryValuesField, new Lucene.Net.Util.BytesRef(category.Category)));
        }

        return doc;
    }

    // The statement, then the evidence phrases: a clause is found by its own words and by how it was reported.
    private static string ClauseText(Clause clause) => clause.Statement + "\n" + string.Join(" … ", clause.Evidence.Select(e => e.Phrase).Distinct());

    private static Document ClauseDocument(Clause clause)
    {
        var text = ClauseText(clause);
        var doc = new Document
        {
            new StringField(TypeField, ClauseType, Field.Store.NO),
            new StringField(IdField, clause.Id, Field.Store.YES),
            new StringField(TreatyField, clause.TreatyId, Field.Store.YES),
            new StringField(CategoryField, clause.Category, Field.Store.YES),
            new SortedSetDocValuesField(CategoryValuesField, new Lucene.Net.Util.BytesRef(clause.Category)),
            new StringField(ModalityField, clause.Modality.ToString().ToLowerInvariant(), Field.Store.YES),
            new StoredField(StatementField, clause.Statement),
            new TextField(TextField, text, Field.Store.YES),
        };
        foreach (var source in clause.Sources)
        {
            doc.Add(new StringField(DocumentField, source, Field.Store.NO));
        }

        return doc;
    }

    private static ImmutableArray<(string, int)> Vocabulary(DirectoryReader reader)
    {
        var terms = MultiFields.GetTerms(reader, RawField);
        var list = new List<(string, int)>();
        if (terms is null)
        {
            return [];
        }

        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var term = e.Term.Utf8ToString();
            if (term.Length >= 3)
            {
                list.Add((term, e.DocFreq));
            }
        }

        return [.. list];
    }

    // Close words from the index's own vocabulary: at most two edits away (one for short words).
    private ImmutableArray<string> Suggest(string query)
    {
        var words = query.ToLowerInvariant().Split([' ', '"', '(', ')', '*', '-', ':'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && w.All(char.IsLetter) && w is not ("and" or "not"));
        return [.. words
            .SelectMany(w => _vocabulary.Value
                .Select(v => (v.Term, v.Frequency, Distance: EditDistance.Between(w, v.Term, 2)))
                .Where(v => v.Distance > 0 && v.Distance <= (w.Length <= 4 ? 1 : 2)))
            .OrderBy(v => v.Distance)
            .ThenByDescending(v => v.Frequency)
            .Select(v => v.Term)
            .Distinct()
            .Take(5)];
    }
}
