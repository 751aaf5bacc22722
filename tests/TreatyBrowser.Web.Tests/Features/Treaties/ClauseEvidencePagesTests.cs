using System.Net;
using TreatyBrowser.Web.Tests.Security;

namespace TreatyBrowser.Web.Tests.Features.Treaties;

/// <summary>
/// A clause reported hundreds of times is a page a reader can load: its evidence comes fifty pieces a page, with a
/// pager, and every page has its own address. Before, one clause of an ordinary 4 MiB article was a 12 MB page that
/// took 4.7 s of CPU and was too large to cache.
/// </summary>
public sealed class ClauseEvidencePagesTests(LongArchiveApp app) : IClassFixture<LongArchiveApp>
{
    [Fact]
    public async Task The_evidence_of_a_much_reported_clause_is_paged_with_its_own_addresses()
    {
        var client = app.CreateClient();
        var first = await Html.GetAsync(client, LongArchiveApp.Clause);
        Assert.Equal(50, first.QuerySelectorAll("figure.evidence").Length);
        Assert.Equal("12", first.QuerySelector("nav.pages")!.GetAttribute("data-pages"));
        Assert.Contains("600 pieces of evidence", first.QuerySelector("p.count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{LongArchiveApp.Clause}?page=2", first.QuerySelector("nav.pages a[rel=next]")!.GetAttribute("href"));

        var last = await Html.GetAsync(client, $"{LongArchiveApp.Clause}?page=12");
        Assert.Equal("s-1200", last.QuerySelectorAll("figure.evidence")[^1].GetAttribute("data-sentence"));
        Assert.EndsWith($"{LongArchiveApp.Clause}?page=12", last.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13")]
    [InlineData("0")]
    [InlineData("x")]
    public async Task A_page_of_evidence_the_clause_does_not_have_is_not_found(string page)
    {
        var response = await app.CreateClient().GetAsync($"{LongArchiveApp.Clause}?page={page}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_page_of_evidence_is_small_enough_to_cache()
    {
        var body = await app.CreateClient().GetByteArrayAsync(LongArchiveApp.Clause, TestContext.Current.CancellationToken);
        Assert.InRange(body.Length, 1, 1024 * 1024);
    }
}
