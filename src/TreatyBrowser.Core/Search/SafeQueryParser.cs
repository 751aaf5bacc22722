using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// The classic query parser without its unbounded form: a regular expression (<c>/(.*){9999}/</c>) builds its
/// automaton while it is parsed, and one such query can take a minute and gigabytes. It is refused before anything is
/// built, naming the construct.
/// </summary>
internal sealed class SafeQueryParser(Lucene.Net.Util.LuceneVersion version, string field, Analyzer analyzer) : QueryParser(version, field, analyzer)
{
    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new UnsupportedQueryException("regular expressions (/…/) are not supported; search for words, \"phrases\" or prefixes (milit*)");
}

/// <summary>A query form the search refuses, with a message for the reader that names it.</summary>
public sealed class UnsupportedQueryException(string message) : Exception(message);
