using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// The classic query parser without its unbounded forms: a regular expression (<c>/(.*){9999}/</c>) or a wildcard of
/// many <c>?</c> (<c>b*a????????????????</c>) builds an automaton that grows exponentially while it is parsed, before
/// any time budget is asked, and one such query can take a minute and gigabytes. Both are refused before anything is
/// built, naming the construct; a wildcard within bounds matches at most <see cref="MaxExpansions"/> terms.
/// </summary>
internal sealed class SafeQueryParser(Lucene.Net.Util.LuceneVersion version, string field, Analyzer analyzer) : QueryParser(version, field, analyzer)
{
    /// <summary>The most <c>?</c> and <c>*</c> one wildcard term may hold.</summary>
    public const int MaxWildcards = 4;

    /// <summary>The longest wildcard or fuzzy term, in characters.</summary>
    public const int MaxPatternLength = 32;

    /// <summary>The letters a wildcard term must start with: "ex?rcise" narrows the terms read, "?xercise" does not.</summary>
    public const int MinLiteralPrefix = 2;

    /// <summary>The most index terms one wildcard or fuzzy term may stand for.</summary>
    public const int MaxExpansions = 512;

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new UnsupportedQueryException("regular expressions (/…/) are not supported; search for words, \"phrases\" or prefixes (milit*)");

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        var wildcards = termStr.Count(c => c is '?' or '*');
        var prefix = termStr.IndexOfAny(['?', '*']);
        if (prefix == 0)
        {
            // A leading wildcard ("*", "?xercise") is the parser's own refusal: the query is read as plain words.
            return base.GetWildcardQuery(field, termStr);
        }

        if (termStr.Length > MaxPatternLength || wildcards > MaxWildcards || prefix < MinLiteralPrefix)
        {
            throw new UnsupportedQueryException(
                $"“{Clip(termStr)}” has too many wildcards: at most {MaxWildcards} ? or * in a word of at most {MaxPatternLength} characters, after at least {MinLiteralPrefix} letters");
        }

        return Bounded(base.GetWildcardQuery(field, termStr));
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        if (termStr.Length > MaxPatternLength)
        {
            throw new UnsupportedQueryException($"“{Clip(termStr)}~” is too long to search approximately: at most {MaxPatternLength} characters");
        }

        return Bounded(base.GetFuzzyQuery(field, termStr, minSimilarity));
    }

    // The terms a pattern matches become at most so many clauses, the best-scoring kept: never a query as large as the index.
    private static Query Bounded(Query query)
    {
        if (query is MultiTermQuery multi)
        {
            multi.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions);
        }

        return query;
    }

    private static string Clip(string term) => term.Length <= MaxPatternLength ? term : term[..MaxPatternLength] + "…";
}

/// <summary>A query form the search refuses, with a message for the reader that names it.</summary>
public sealed class UnsupportedQueryException(string message) : Exception(message);
