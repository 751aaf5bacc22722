using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Features.Search;

public sealed class SearchTests(AppFactory app)
{
    private async Task<HttpResponseMessage> Get(string url) => await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);

    [Fact]
    public async Task The_page_shows_clauses_then_highlighted_sentences_with_links()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/search?q=%22joint+exercises%22");
        Assert.Equal("3", page.QuerySelector(".summary")?.GetAttribute("data-total"));
        var clause = Assert.Single(page.QuerySelectorAll(".clauses-hits li > a"));
        Assert.EndsWith("/clauses/defence/joint-military-exercises", clause.GetAttribute("href"), StringComparison.Ordinal);

        // Every hit names its treaty; a sentence hit also its source's title, outlet and date.
        Assert.Equal(Seed.Treaty, Assert.Single(page.QuerySelectorAll(".clauses-hits .treaties-of-hit a")).GetAttribute("data-treaty"));
        Assert.All(page.QuerySelectorAll(".sentence-hits li"), li =>
        {
            Assert.NotNull(li.QuerySelector($"a[data-treaty='{Seed.Treaty}']"));
            Assert.Contains("Brussels Morning Newspaper, 21 May 2025", li.TextContent, StringComparison.Ordinal);
        });
        var sentences = page.QuerySelectorAll(".sentence-hits li > a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal);
        Assert.Equal([$"/sources/{Seed.Document}#s-10", $"/sources/{Seed.Document}#s-8"], sentences);
        Assert.NotEmpty(page.QuerySelectorAll(".sentence-hits mark"));
    }

    [Fact]
    public async Task Highlighted_snippets_encode_the_source_text()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/search?q=Reuters");
        var hit = page.QuerySelector(".sentence-hits li > a")!;
        Assert.Equal("Reuters", hit.QuerySelector("mark")?.TextContent);
        Assert.DoesNotContain(hit.QuerySelectorAll("*"), e => e.TagName is not "MARK");
    }

    [Fact]
    public async Task No_results_says_so_and_suggests_close_words()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/search?q=exercizes");
        Assert.Contains("No sentence or clause matches", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.TextContent == "exercises");
    }

    [Theory]
    [InlineData("/search?q=%22joint+exercises")]
    [InlineData("/search?q=(joint")]
    [InlineData("/search?q=AND")]
    [InlineData("/search?q=*")]
    [InlineData("/search?q=%01%02exercises%1B")]
    [InlineData("/search?q=%F0%9F%9A%80")]
    [InlineData("/search?q=exercises&page=abc")]
    [InlineData("/search?q=exercises&page=999")]
    [InlineData("/search?q=")]
    [InlineData("/search")]
    [InlineData("/api/search?q=%22joint+exercises")]
    [InlineData("/api/search?q=*")]
    [InlineData("/api/search?q=NOT")]
    public async Task Bad_queries_get_a_sensible_answer_never_a_500(string url)
    {
        var response = await Get(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/search?q=exercises&category=weather", "no category 'weather'")]
    [InlineData("/api/search?q=exercises&category=weather", "no category 'weather'")]
    [InlineData("/search?q=exercises&treaty=nope", "no treaty 'nope'")]
    [InlineData("/api/search?q=exercises&document=nope", "no document 'nope'")]
    public async Task Unknown_filters_get_a_400_with_a_plain_message(string url, string message)
    {
        var response = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=")]
    [InlineData("/api/search?q=")]
    public async Task A_query_of_10000_characters_is_refused_with_a_400_naming_the_limit(string prefix)
    {
        var response = await Get(prefix + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the limit is 500", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_returns_the_same_results_as_json()
    {
        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=aggressor", TestContext.Current.CancellationToken);
        Assert.Equal("non-assistance-to-aggressor", json.GetProperty("clauses")[0].GetProperty("clause").GetString());
        Assert.Contains("<mark>aggressor</mark>", json.GetProperty("sentences")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("categoryCounts").GetProperty("defence").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_search_box_on_every_page_submits_to_the_search_page()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/");
        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
    }

    [Theory]
    [InlineData("/search?q=exercises&from=2025&to=2025", true)]
    [InlineData("/search?q=exercises&from=2025-05-21", true)]
    [InlineData("/search?q=exercises&to=2024-12-31", false)]
    [InlineData("/search?q=exercises&party=Iran", true)]
    [InlineData("/api/search?q=exercises&from=2024&to=2024", false)]
    public async Task A_period_or_a_party_keeps_only_what_their_articles_and_treaties_report(string url, bool found)
    {
        var body = await app.CreateClient().GetStringAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(found, !body.Contains("\"total\":0", StringComparison.Ordinal) && !body.Contains("data-total=\"0\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/search?q=exercises&party=Atlantis", "No treaty has the party")]
    [InlineData("/search?q=exercises&from=yesterday", "is not a date")]
    [InlineData("/api/search?q=exercises&from=2025&to=2024", "starts after it ends")]
    [InlineData("/api/search?q=exercises&treaty=bogus", "The home page lists the treaties")]
    public async Task A_filter_that_cannot_apply_is_a_400_saying_why(string url, string reason)
    {
        var response = await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }
}
