using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// Turns what a reader typed into a Lucene query, never failing: control characters are dropped, hyphenated words
/// also match as one word, and a query the parser rejects (an unbalanced quote or bracket, a lone operator, a bare
/// <c>*</c>) is read again as plain words, with a notice saying so.
/// </summary>
internal static partial class QueryReader
{
    // Outside quotes, "inter-bank" becomes (interbank OR "inter bank"), so both spellings of a compound meet.
    [GeneratedRegex(@"""[^""]*""|(?<![\w*])(\w+(?:-\w+)+)(?![\w*])")]
    private static partial Regex Hyphenated();

    [GeneratedRegex(@"\p{C}+")]
    private static partial Regex Control();

    public static (Query? Query, string? Notice) Read(string text, Analyzer analyzer)
    {
        var clean = Control().Replace(text, " ").Trim();
        if (clean.Length == 0)
        {
            return (null, null);
        }

        var expanded = Hyphenated().Replace(clean, m => m.Groups[1].Success
            ? $"({m.Value.Replace("-", "", StringComparison.Ordinal)} OR \"{m.Value.Replace('-', ' ')}\")"
            : m.Value.Replace('-', ' '));
        try
        {
            var parsed = Parser(analyzer).Parse(expanded);
            return (IsEmpty(parsed) ? null : parsed, IsEmpty(parsed) ? "The query has no searchable words." : null);
        }
        catch (UnsupportedQueryException e)
        {
            return (null, $"Not searched: {e.Message}.");
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            return ReadAsPlainWords(clean, analyzer);
        }
    }

    private static (Query? Query, string? Notice) ReadAsPlainWords(string clean, Analyzer analyzer)
    {
        const string Notice = "The query's syntax could not be read (an unbalanced quote or bracket, or an operator with nothing beside it), so its words were searched as plain words.";
        var words = Operators(clean);
        if (words.Length == 0)
        {
            return (null, Notice);
        }

        try
        {
            var plain = Parser(analyzer).Parse(QueryParserBase.Escape(words));
            return (IsEmpty(plain) ? null : plain, Notice);
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            return (null, "The query has too many words to search.");
        }
    }

    private static bool IsParseFailure(Exception e) =>
        e is ParseException or BooleanQuery.TooManyClausesException or ArgumentException || e.InnerException is BooleanQuery.TooManyClausesException;

    /// <summary>Why the query cannot be searched at all (a regular expression), or null; nothing costly is built to find out.</summary>
    public static string? Refusal(string text, Analyzer analyzer)
    {
        try
        {
            Parser(analyzer).Parse(Control().Replace(text, " "));
            return null;
        }
        catch (UnsupportedQueryException e)
        {
            return e.Message;
        }
        catch (Exception e) when (IsParseFailure(e))
        {
            return null;
        }
    }

    private static SafeQueryParser Parser(Analyzer analyzer) => new(TreatyAnalyzer.Version, SearchIndex.TextField, analyzer)
    {
        DefaultOperator = Operator.AND,
        // "joint exercises" also finds "joint training exercises": one word may come between.
        PhraseSlop = 1,
        AllowLeadingWildcard = false,
        AutoGeneratePhraseQueries = true,
    };

    // Bare operators mean nothing as plain words.
    private static string Operators(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("AND" or "OR" or "NOT" or "&&" or "||" or "!"));
        return new StringBuilder().AppendJoin(' ', words).ToString();
    }

    private static bool IsEmpty(Query query) => query is BooleanQuery { Clauses.Count: 0 };
}
