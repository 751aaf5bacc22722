using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace TreatyBrowser.Core.Search;

/// <summary>Marks the words a query matched with <c>&lt;mark&gt;</c>, HTML-encoding everything else.</summary>
internal sealed class Highlighting(Query query, Analyzer analyzer)
{
    private readonly SimpleHTMLEncoder _encoder = new();

    private Highlighter Create(IFragmenter fragmenter) =>
        new(new SimpleHTMLFormatter("<mark>", "</mark>"), _encoder, new QueryScorer(query, SearchIndex.TextField)) { TextFragmenter = fragmenter };

    /// <summary>The whole text, matches marked (short texts: sentences, statements).</summary>
    public string Whole(string text) =>
        Create(new NullFragmenter()).GetBestFragment(analyzer, SearchIndex.TextField, text) ?? _encoder.EncodeText(text);

    /// <summary>The best fragment of a longer text, or null when nothing in it matched.</summary>
    public string? Best(string text) => Create(new SimpleFragmenter(160)).GetBestFragment(analyzer, SearchIndex.TextField, text);
}
