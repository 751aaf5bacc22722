using System.Net;
using System.Text;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// A very long article (about 530 KB: 6,001 sentences, so 61 pages) and a corpus of many articles: pages stay small and paged,
/// and every sentence link still lands on the page that holds the sentence.
/// </summary>
public sealed class LongPageTests(LongPageTests.LongCorpus app) : IClassFixture<LongPageTests.LongCorpus>
{
    private const string Long = "long-harbour-minutes";

    [Fact]
    public async Task A_long_article_is_served_in_pages_of_a_hundred_sentences()
    {
        var client = app.Factory.CreateClient();
        var first = await Html.GetAsync(client, $"/sources/{Long}");
        var sentences = first.QuerySelectorAll(".sentence[id^='s-']");
        Assert.Equal("s-1", sentences[0].Id);
        Assert.Equal("s-100", sentences[^1].Id);
        Assert.Equal("61", first.QuerySelector("nav.pages")!.GetAttribute("data-pages"));

        var third = await Html.GetAsync(client, $"/sources/{Long}?page=3");
        Assert.Equal(100, third.QuerySelectorAll(".sentence[id^='s-']").Length);
        Assert.Equal("s-201", third.QuerySelectorAll(".sentence[id^='s-']")[0].Id);
        Assert.EndsWith($"/sources/{Long}?page=3", third.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal($"/sources/{Long}?page=2", third.QuerySelector("nav.pages a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task No_page_of_the_long_article_is_larger_than_a_small_fraction_of_it()
    {
        var client = app.Factory.CreateClient();
        var article = new FileInfo(Path.Combine(app.Factory.Folder, $"{Long}.txt")).Length;
        foreach (var page in new[] { 1, 2, 30, 61 })
        {
            var body = await client.GetByteArrayAsync($"/sources/{Long}?page={page}", TestContext.Current.CancellationToken);
            // Before paging, this page was the whole article with its markup: about ten times the file.
            Assert.True(body.Length < article / 4, $"page {page} is {body.Length:N0} bytes for a {article:N0}-byte article");
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("62")]
    [InlineData("two")]
    [InlineData("-1")]
    [InlineData("99999999999999")]
    public async Task A_page_the_article_does_not_have_is_not_found(string page)
    {
        var response = await app.Factory.CreateClient().GetAsync($"/sources/{Long}?page={page}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Every_sentence_permalink_the_api_hands_out_lands_on_the_page_holding_that_sentence()
    {
        var client = app.Factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/documents/{Long}", TestContext.Current.CancellationToken));
        var links = json.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("permalink").GetString()!).ToList();
        Assert.Contains(links, l => l.Contains("/sentences/h-", StringComparison.Ordinal));
        // Every heading, and body sentences at each page edge and between.
        var sample = links.Where((l, i) => !l.Contains("#s-", StringComparison.Ordinal) || i % 37 == 0 || l.EndsWith("#s-100",
            StringComparison.Ordinal) || l.EndsWith("#s-101", StringComparison.Ordinal));
        foreach (var link in sample)
        {
            var (page, fragment) = await Follow(client, link);
            var target = page.GetElementById(fragment);
            Assert.True(target is not null, $"{link} landed on {page.Url} without #{fragment}");
        }
    }

    [Fact]
    public async Task The_sources_page_lists_the_sources_fifty_at_a_time()
    {
        var client = app.Factory.CreateClient();
        var pages = new List<List<string?>>();
        for (var n = 1; n <= 3; n++)
        {
            var page = await Html.GetAsync(client, n == 1 ? "/sources" : $"/sources?page={n}");
            pages.Add([.. page.QuerySelectorAll("table.sources tbody th a").Select(a => a.GetAttribute("href"))]);
        }

        Assert.Equal([50, 50, app.DocumentCount - 100], pages.Select(p => p.Count));
        Assert.Equal(app.DocumentCount, pages.SelectMany(p => p).Distinct().Count());
    }

    [Fact]
    public async Task A_treaty_with_many_sources_lists_them_a_page_at_a_time()
    {
        var client = app.Factory.CreateClient();
        var overview = await Html.GetAsync(client, "/treaties/harbour-pilotage-accord");
        var pager = overview.QuerySelector("#sources + nav.pages")!;
        Assert.Equal("3", pager.GetAttribute("data-pages"));
        Assert.Equal(50, overview.QuerySelectorAll("#sources + nav + ul.cards > li").Length);
        var second = await Html.GetAsync(client, "/treaties/harbour-pilotage-accord?page=3");
        Assert.NotEmpty(second.QuerySelectorAll("#sources + nav + ul.cards > li"));
    }

    [Fact]
    public async Task The_second_page_of_search_results_is_the_second_page()
    {
        var client = app.Factory.CreateClient();
        var first = await Html.GetAsync(client, "/search?q=dredging");
        var second = await Html.GetAsync(client, "/search?q=dredging&page=2");
        Assert.Contains(second.QuerySelectorAll("nav[aria-label='Result pages'] span"), s => s.TextContent.StartsWith("Page 2 of ", StringComparison.Ordinal));
        var links = (AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("ol.sentence-hits li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(links(second));
        Assert.Empty(links(first).Intersect(links(second)));
    }

    [Fact]
    public async Task The_feeds_keep_the_last_hundred_entries()
    {
        var client = app.Factory.CreateClient();
        foreach (var feed in new[] { "/feed.atom", "/treaties/harbour-pilotage-accord/feed.atom" })
        {
            var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(feed, TestContext.Current.CancellationToken));
            // 120 reports of the accord give 120 new-source entries alone, and clauses besides.
            Assert.Equal(100, xml.Root!.Elements(System.Xml.Linq.XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());
        }
    }

    private static async Task<(AngleSharp.Dom.IDocument Page, string Fragment)> Follow(HttpClient client, string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? link : link[..hash];
        var fragment = hash < 0 ? null : link[(hash + 1)..];
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!.OriginalString;
            Assert.Null(fragment);
            return await Follow(client, location);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(fragment);
        return (await Html.GetAsync(client, path), fragment);
    }

    /// <summary>The test corpus plus one very long article and 120 short reports of one accord.</summary>
    public sealed class LongCorpus : IDisposable
    {
        public LongCorpus()
        {
            Factory = new CorpusAppFactory();
            File.WriteAllText(Path.Combine(Factory.Folder, $"{Long}.txt"), LongArticle());
            for (var n = 1; n <= ShortReports; n++)
            {
                File.WriteAllText(Path.Combine(Factory.Folder, $"harbour-report-{n:D2}.txt"), ShortReport(n));
            }

            DocumentCount = Directory.EnumerateFiles(Factory.Folder, "*", SearchOption.AllDirectories).Count() - 1; // broken.txt
            Factory.ClientOptions.AllowAutoRedirect = false;
        }

        private const int ShortReports = 120;

        public CorpusAppFactory Factory { get; }

        public int DocumentCount { get; }

        public void Dispose() => Factory.Dispose();

        // Written for this test: minutes of a port authority, one subheading every 40 paragraphs.
        private static string LongArticle()
        {
            var text = new StringBuilder("Minutes of the Harbour Board\n\nGDANSK, 4 May 2026 — The harbour board met for its annual session.\n\n");
            var sentence = 0;
            for (var paragraph = 1; paragraph <= 1_500; paragraph++)
            {
                if (paragraph % 40 == 0)
                {
                    text.Append("Pilots and tugs\n\n");
                }

                for (var k = 0; k < 4; k++)
                {
                    sentence++;
                    text.Append($"Item {sentence} of the agenda asked whether berth {sentence % 97} could take larger vessels after dredging. ");
                }

                text.Append("\n\n");
            }

            return text.ToString();
        }

        private static string ShortReport(int n) =>
            $"""
            ---
            title: Harbour pilotage accord, report {n}
            outlet: Port Weekly
            treaty: Harbour Pilotage Accord
            published: 2026-0{1 + (n % 9)}-1{n % 10}
            parties: [Poland, Lithuania]
            ---
            The Harbour Pilotage Accord between Poland and Lithuania commits both ports to share pilots in winter.
            Report {n} notes that the accord will also open a joint training school for tug crews.
            """;
    }
}
