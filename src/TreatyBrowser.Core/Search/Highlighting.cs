using System.Collections.Immutable;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// Finds the words a query matched, as offsets. It marks the query's terms wherever they occur (a term scorer),
/// which is far cheaper per hit than checking phrase positions again.
/// </summary>
internal sealed class Highlighting(Query query, Analyzer analyzer)
{
    private const int SnippetLength = 160;
    private readonly WeightedTerm[] _terms = QueryTermExtractor.GetTerms(query, prohibited: false, SearchIndex.TextField);

    /// <summary>The whole text with its matches (short texts: sentences, statements).</summary>
    public MarkedText Whole(string text)
    {
        var recorder = new SpanRecorder();
        var highlighter = new Highlighter(recorder, new DefaultEncoder(), new QueryTermScorer(_terms)) { TextFragmenter = new NullFragmenter() };
        highlighter.GetBestFragment(analyzer, SearchIndex.TextField, text);
        return new MarkedText(text, recorder.Spans());
    }

    /// <summary>About 160 characters of a longer text around its first match, or null when nothing in it matched.</summary>
    public MarkedText? Best(string text)
    {
        // A clause's text holds every phrase that reported it (hundreds, in a large archive): look for the first match
        // a piece at a time, cut between words, instead of running the analyser over all of it.
        MarkedSpan? found = null;
        for (var from = 0; from < text.Length && found is null;)
        {
            var to = WordEnd(text, Math.Min(text.Length, from + ChunkLength));
            var inPiece = Whole(text[from..to]).Marks;
            found = inPiece.IsEmpty ? null : new MarkedSpan(inPiece[0].Start + from, inPiece[0].End + from);
            from = to;
        }

        if (found is not { } first)
        {
            return null;
        }

        // From the start of a word a little before the first match, to the end of a word about 160 characters on.
        var start = first.Start <= 40 ? 0 : text.IndexOf(' ', first.Start - 40, 40) + 1;
        start = start == 0 && first.Start > 40 ? first.Start : start;
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            end = Math.Max(first.End, text.LastIndexOf(' ', end - 1, end - start));
        }

        // The marks of the snippet, read from the snippet's own words (every word in it whole).
        var around = Whole(text[start..WordEnd(text, end)]).Marks;
        var marks = around.Where(m => m.End <= end - start);
        return new MarkedText(text[start..end], [.. marks]);
    }

    private const int ChunkLength = 1024;

    // The end of the word at or after index: the next space, or the end of the text.
    private static int WordEnd(string text, int index)
    {
        var space = index >= text.Length ? -1 : text.IndexOf(' ', index);
        return space < 0 ? text.Length : space;
    }

    // Records the offsets of each group of tokens that scored, and leaves the text as it is.
    private sealed class SpanRecorder : IFormatter
    {
        private readonly List<MarkedSpan> _spans = [];

        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                _spans.Add(new MarkedSpan(tokenGroup.StartOffset, tokenGroup.EndOffset));
            }

            return originalText;
        }

        // In order, overlaps merged: token groups from split words can touch.
        public ImmutableArray<MarkedSpan> Spans()
        {
            var merged = new List<MarkedSpan>();
            foreach (var span in _spans.OrderBy(s => s.Start))
            {
                if (merged.Count > 0 && span.Start <= merged[^1].End)
                {
                    merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
                }
                else if (span.End > span.Start)
                {
                    merged.Add(span);
                }
            }

            return [.. merged];
        }
    }
}
