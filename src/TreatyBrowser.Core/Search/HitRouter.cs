using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// One pass over a query's hits instead of three: every hit is counted by category, and a hit in the requested
/// category (any, when none is asked for) goes to the clause or the sentence top list, by its type.
/// </summary>
internal sealed class HitRouter(ICollector clauses, ICollector sentences, CategoryCounter counter, Term clauseType, string categoryField, string? category) : ICollector
{
    private readonly BytesRef _wanted = category is null ? new BytesRef() : new BytesRef(category);
    private FixedBitSet _clauseDocs = new(0);
    private SortedSetDocValues? _categories;
    private long _wantedOrdinal = -1;

    // The top lists score in order; so does this.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
        clauses.SetScorer(scorer);
        sentences.SetScorer(scorer);
        counter.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        clauses.SetNextReader(context);
        sentences.SetNextReader(context);
        counter.SetNextReader(context);

        // Clauses are few: mark this segment's clause entries once.
        var reader = context.AtomicReader;
        _clauseDocs = new FixedBitSet(reader.MaxDoc);
        var docs = reader.GetTermDocsEnum(clauseType);
        if (docs is not null)
        {
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                _clauseDocs.Set(doc);
            }
        }

        _categories = category is null ? null : reader.GetSortedSetDocValues(categoryField);
        _wantedOrdinal = _categories?.LookupTerm(_wanted) ?? -1;
    }

    public void Collect(int doc)
    {
        counter.Collect(doc);
        if (category is not null && !InCategory(doc))
        {
            return;
        }

        (_clauseDocs.Get(doc) ? clauses : sentences).Collect(doc);
    }

    private bool InCategory(int doc)
    {
        if (_categories is null || _wantedOrdinal < 0)
        {
            return false;
        }

        _categories.SetDocument(doc);
        long ordinal;
        while ((ordinal = _categories.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (ordinal == _wantedOrdinal)
            {
                return true;
            }
        }

        return false;
    }
}
