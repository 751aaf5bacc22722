using System.Net;

namespace TreatyBrowser.Web.Tests;

public sealed class RouteTests(AppFactory app)
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK, "text/html")]
    [InlineData("/?sort=name&category=defence&year=2025", HttpStatusCode.OK, "text/html")]
    [InlineData("/?sort=sideways", HttpStatusCode.BadRequest, "text/html")]
    [InlineData("/?category=poetry", HttpStatusCode.BadRequest, "text/html")]
    [InlineData("/?year=25", HttpStatusCode.BadRequest, "text/html")]
    [InlineData("/?page=2", HttpStatusCode.NotFound, "text/html")]
    [InlineData("/sources", HttpStatusCode.OK, "text/html")]
    [InlineData("/sources?page=2", HttpStatusCode.NotFound, "text/html")]
    [InlineData("/about", HttpStatusCode.OK, "text/html")]
    [InlineData(Seed.SourcePage, HttpStatusCode.OK, "text/html")]
    [InlineData("/healthz", HttpStatusCode.OK, "text/plain")]
    [InlineData("/css/site.css", HttpStatusCode.OK, "text/css")]
    [InlineData("/sources/no-such-article", HttpStatusCode.NotFound, "text/html")]
    [InlineData("/no/such/page", HttpStatusCode.NotFound, "text/html")]
    [InlineData("/treaties/nope/export.csv", HttpStatusCode.NotFound, "application/problem+json")]
    [InlineData($"/treaties/{Seed.Treaty}/export.md", HttpStatusCode.OK, "text/markdown")]
    public async Task Route_answers_with_status_and_content_type(string url, HttpStatusCode status, string contentType)
    {
        var response = await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Seed_page_shows_its_14_sentences_each_with_its_id()
    {
        var page = await Html.GetAsync(app.CreateClient(), Seed.SourcePage);
        var sentences = page.QuerySelectorAll("span.sentence[id^='s-']");
        Assert.Equal(Enumerable.Range(1, 14).Select(n => $"s-{n}"), sentences.Select(s => s.Id));
        Assert.StartsWith("On Wednesday, Iran’s parliament ratified", sentences[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["What does the Iran-Russia strategic deal really mean?", "How deep is Iran and Russia’s defence cooperation?"],
            page.QuerySelectorAll("article h2.sentence").Select(h => h.TextContent.Trim()));
        Assert.Equal("Tehran (Brussels Morning Newspaper) –", page.QuerySelector(".dateline")?.TextContent);
    }

    [Fact]
    public async Task Every_page_emits_its_canonical_permalink()
    {
        var page = await Html.GetAsync(app.CreateClient(), Seed.SourcePage);
        Assert.Equal($"http://localhost{Seed.SourcePage}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Unknown_document_gets_a_friendly_404_that_suggests_where_to_go()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/sources/nope");
        Assert.Equal("Not found", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Seed.SourcePage);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/treaties/{Seed.Treaty}");
    }
}

public sealed class PageWeightTests(AppFactory app)
{
    public static TheoryData<string> SeedPages =>
    [
        "/", $"/treaties/{Seed.Treaty}",
        $"/treaties/{Seed.Treaty}/clauses/defence",
        $"/treaties/{Seed.Treaty}/clauses/defence/joint-military-exercises",
        $"/treaties/{Seed.Treaty}/timeline",
        $"/sources/{Seed.Document}", "/search?q=defence",
    ];

    [Theory]
    [MemberData(nameof(SeedPages))]
    public async Task A_seed_page_and_its_stylesheet_weigh_under_30_KB(string url)
    {
        var client = app.CreateClient();
        var html = await client.GetByteArrayAsync(url, TestContext.Current.CancellationToken);
        var css = await client.GetByteArrayAsync("/css/site.css", TestContext.Current.CancellationToken);
        Assert.True(html.Length + css.Length < 30 * 1024, $"{url}: {html.Length:N0} B of HTML + {css.Length:N0} B of CSS");
    }
}
