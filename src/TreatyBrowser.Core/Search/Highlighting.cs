using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// Marks the words a query matched with <c>&lt;mark&gt;</c>, HTML-encoding everything else. It marks the query's
/// terms wherever they occur (a term scorer), which is far cheaper per hit than checking phrase positions again.
/// </summary>
internal sealed class Highlighting(Query query, Analyzer analyzer)
{
    private readonly SimpleHTMLEncoder _encoder = new();
    private readonly WeightedTerm[] _terms = QueryTermExtractor.GetTerms(query, prohibited: false, SearchIndex.TextField);

    private Highlighter Create(IFragmenter fragmenter) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), _encoder, new QueryTermScorer(_terms)) { TextFragmenter = fragmenter };

    /// <summary>The whole text, matches marked (short texts: sentences, statements).</summary>
    public string Whole(string text) =>
        Create(new NullFragmenter()).GetBestFragment(analyzer, SearchIndex.TextField, text) ?? _encoder.EncodeText(text);

    /// <summary>The best fragment of a longer text, or null when nothing in it matched.</summary>
    public string? Best(string text) => Create(new SimpleFragmenter(160)).GetBestFragment(analyzer, SearchIndex.TextField, text);
}
