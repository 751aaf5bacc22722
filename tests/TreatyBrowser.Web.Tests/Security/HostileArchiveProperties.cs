using System.Text;
using System.Text.Json;
using System.Xml;
using CsCheck;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Web.Features.Api;
using TreatyBrowser.Web.Features.Feeds;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// A bounded fuzz run over the whole road an archive takes: generated hostile articles (long repetitions, deep
/// nesting, control and non-characters, huge tokens, hostile front matter) are loaded, analysed, indexed, searched
/// with hostile queries, mapped to the API's JSON whole (as an export gives it) and written into an Atom feed. No
/// exception escapes but a loader's refusal with its reason, and what comes out stays within a fixed multiple of
/// what went in (<see cref="OutputPerInputByte"/>), so no input can make an answer grow with its square.
/// </summary>
public sealed class HostileArchiveProperties
{
    /// <summary>
    /// The most JSON one input byte may give, plus a fixed allowance of 64 KB: a dense run of dates is the worst shape
    /// found (up to about 50 bytes of events per byte, each event with its explanation and permalink, over 300
    /// generated archives), so this leaves room for twice that. Before the caps, 32 KB of dates gave 102 MB: ×3,000.
    /// </summary>
    private const int OutputPerInputByte = 100;

    private static readonly ExtractionPipeline Pipeline = new();

    private static readonly Gen<string> Units = Gen.OneOf<string>(
        "within 30 days of being signed ", "Monday Tuesday Wednesday ", ".", ". ", "The agreement will cut tariffs on fish. ",
        "Chile and Peru signed a pact on 3 May 2024. ", "1. ", "U.S. ", "\"(“[«", "e\u0301", "\u0001", "\u200b", "\uFFFE", "\ud800", "\r\n", "\n\n",
        "Ruritania ", "NATO ", "—", "…", "# ", "**", "|a|b|\n", "<script>", "&#0;", "\\u0000");

    private static readonly Gen<string> Repetition = Gen.Select(Units, Gen.Int[1, 1_500], (unit, times) => string.Concat(Enumerable.Repeat(unit, times)));

    private static readonly Gen<string> Nesting = Gen.Select(
        Gen.OneOf<string>("> ", "[", "(", "*", "- ", "  ", "`", "<div>", "{", "#"),
        Gen.Int[1, 1_500],
        (opener, depth) => string.Concat(Enumerable.Repeat(opener, depth)) + "The agreement will cut tariffs.\n");

    private static readonly Gen<string> HugeToken = Gen.Select(Gen.Char['a', 'z'], Gen.Int[1_000, 60_000], (c, n) => new string(c, n) + " ");

    private static readonly Gen<string> Controls = Gen.Char[(char)0, (char)31].Array[1, 64].Select(cs => new string(cs));

    private static readonly Gen<string> Prose = Gen.OneOf<string>(
        "Ruritania and Freedonia signed a trade pact on 3 May 2024.\n",
        "Under the pact, both countries will hold joint naval exercises every year.\n",
        "The parliament ratified the accord within 30 days of it being signed.\n");

    private static readonly Gen<string> FrontMatter = Gen.Select(Gen.OneOf(Repetition, Controls, Prose, Gen.Const("")), value =>
        $"---\ntitle: \"{value.Replace("\"", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)}\"\ntreaty: Ruritania–Freedonia Pact\n---\n");

    private static readonly Gen<string> Article = Gen.Select(
        Gen.Frequency((1, FrontMatter), (2, Gen.Const(""))),
        Gen.Frequency((4, Repetition), (2, Nesting), (1, HugeToken), (1, Controls), (4, Prose)).Array[1, 6],
        (head, body) => head + string.Concat(body));

    private static readonly Gen<string> Queries = Gen.Frequency(
        (3, Gen.OneOf<string>("tariffs", "pact", "\"joint naval\"", "ruri*", "tarif~", "a*", "NOT", "((((", "\"", "*", "?", "\\", "[a TO z]", "exercises AND NOT pact")),
        (1, Repetition.Select(r => r.Length > 400 ? r[..400] : r)));

    [Fact]
    public void Hostile_articles_load_analyse_search_export_and_feed_without_an_exception_and_within_a_multiple_of_their_size()
    {
        Gen.Select(Article.Array[1, 3], Queries.Array[1, 3]).Sample((articles, queries) =>
        {
            var documents = new List<SourceDocument>();
            var inputBytes = 0L;
            for (var i = 0; i < articles.Length; i++)
            {
                inputBytes += Encoding.UTF8.GetByteCount(articles[i]);
                try
                {
                    documents.Add(DocumentLoader.Load($"article-{i}.{(i % 2 == 0 ? "txt" : "md")}", articles[i]));
                }
                catch (LoadException e)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message), "a refusal says why");
                }
            }

            if (documents.Count == 0)
            {
                return;
            }

            var corpus = CorpusBuilder.Build(new SeedFolderContents([.. documents.Select((d, i) => d with { Id = $"article-{i}" })], []), Pipeline);
            var output = corpus.Treaties.Sum(t => (long)JsonSerializer.SerializeToUtf8Bytes(ApiMapper.WholeDetail(t, corpus)).Length)
                + corpus.Documents.Sum(d => (long)JsonSerializer.SerializeToUtf8Bytes(ApiMapper.Document(d, corpus)).Length);
            Assert.True(output <= (OutputPerInputByte * inputBytes) + (64 * 1024), $"{inputBytes:N0} bytes in gave {output:N0} bytes of JSON");

            foreach (var query in queries)
            {
                corpus.Search.Search(new SearchRequest(query));
            }

            var entries = FeedFact.Of(corpus).Select(f => FeedEntry.For(f, null, corpus.FindTreaty(f.TreatyId)!.Name, corpus.LoadedAt)).ToList();
            var feed = AtomFeed.Write("All changes", "http://localhost/feed.atom", "http://localhost/", "http://localhost", corpus.LoadedAt, entries);
            using var reader = XmlReader.Create(new MemoryStream(feed));
            while (reader.Read())
            {
            }
        }, iter: 60, threads: 1);
    }
}
