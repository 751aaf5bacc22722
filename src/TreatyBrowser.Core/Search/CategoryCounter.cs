using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// Counts hits per category in one pass over the matches, reading the categories from doc values, instead of one
/// search per category.
/// </summary>
internal sealed class CategoryCounter(string field) : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly BytesRef _scratch = new();
    private SortedSetDocValues? _values;
    private int[] _perOrdinal = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = context.AtomicReader.GetSortedSetDocValues(field);
        _perOrdinal = _values is null ? [] : new int[_values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_values is null)
        {
            return;
        }

        _values.SetDocument(doc);
        long ordinal;
        while ((ordinal = _values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            _perOrdinal[ordinal]++;
        }
    }

    /// <summary>The counts, once the search is done.</summary>
    public Dictionary<string, int> Counts()
    {
        Flush();
        return _counts;
    }

    // Ordinals are per segment: turn the segment's counts into names before moving on.
    private void Flush()
    {
        if (_values is null)
        {
            return;
        }

        for (var ordinal = 0; ordinal < _perOrdinal.Length; ordinal++)
        {
            if (_perOrdinal[ordinal] > 0)
            {
                _values.LookupOrd(ordinal, _scratch);
                var name = _scratch.Utf8ToString();
                _counts[name] = _counts.GetValueOrDefault(name) + _perOrdinal[ordinal];
            }
        }

        _values = null;
        _perOrdinal = [];
    }
}
