using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Features.Api;

/// <summary>The development corpus (54 reports of 48 agreements) served as an archive: hundreds of clauses.</summary>
public sealed class DevsetArchiveApp() : TestApp(new TestAppOptions { SeedsFolder = Path.Combine(AppContext.BaseDirectory, "devset-articles") });

/// <summary>
/// A list of clauses comes 20 at a time, each with up to 50 pieces of evidence. At 100 a page, the first page of
/// /api/clauses over 10,000 real-style reports was 1.2 MB: over the page cache's 1 MB limit for one answer, so every
/// request rendered it again, its p99 was 14 times nginx's serving the same bytes, and the collections it caused
/// slowed every other page (docs/benchmarks.md, issue 26).
/// </summary>
public sealed class ClauseListPagesTests(DevsetArchiveApp app) : IClassFixture<DevsetArchiveApp>
{
    [Fact]
    public async Task The_clause_list_comes_twenty_at_a_time_and_names_the_next_page()
    {
        var client = app.CreateClient();
        var response = await client.GetAsync("/api/clauses", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(20, first.GetArrayLength());
        Assert.Equal("</api/clauses?page=2>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));

        // Every clause is on exactly one page: the pages together are the whole list.
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var answer = await client.GetAsync($"/api/clauses?page={page}", TestContext.Current.CancellationToken);
            var clauses = await answer.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.InRange(clauses.GetArrayLength(), 1, 20);
            ids.AddRange(clauses.EnumerateArray().Select(c => $"{c.GetProperty("treaty").GetString()}/{c.GetProperty("category").GetString()}/{c.GetProperty("id").GetString()}"));
            if (!answer.Headers.Contains("Link"))
            {
                break;
            }
        }

        Assert.True(ids.Count > 100, $"only {ids.Count} clauses");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }
}
