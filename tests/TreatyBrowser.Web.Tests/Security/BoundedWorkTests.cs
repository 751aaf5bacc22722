using System.Net;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// No request can make the app work without bound: a regular expression is refused before its automaton is built
/// (it once ran 53 s and took 7.5 GB), and an export in capitals counts against the export limit like one in lower
/// case. The time budget itself is tested in Core (SearchBudgetTests), where it can be made to run out for certain.
/// </summary>
public sealed class BoundedWorkTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Bomb = "/(.*){9999}/";

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/search?q=")]
    [InlineData("/api/search?q=treaty%20AND%20")]
    public async Task A_regular_expression_is_refused_with_a_400_that_names_it(string prefix)
    {
        var response = await app.CreateClient().GetAsync(prefix + Uri.EscapeDataString(Bomb), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("regular expressions (/…/) are not supported", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/search?q=")]
    public async Task A_wildcard_whose_automaton_could_grow_is_refused_with_a_400_that_says_why(string prefix)
    {
        var response = await app.CreateClient().GetAsync(prefix + Uri.EscapeDataString("b*a????????????????"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too many wildcards", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_with_slashes_inside_them_are_still_searched()
    {
        var response = await app.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString("\"defence/security\""), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_export_addressed_in_capitals_counts_against_the_export_limit()
    {
        await using var limited = new TestApp(new()
        {
            RateLimits = true,
            Settings = new Dictionary<string, string> { ["RateLimits:Api:Burst"] = "2", ["RateLimits:Api:PerMinute"] = "1" },
        });
        var client = limited.CreateClient();
        const string Export = $"/treaties/{Seed.Treaty}/EXPORT.JSON";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Export, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Export.ToLowerInvariant(), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(Export, TestContext.Current.CancellationToken)).StatusCode);
    }
}
