using System.Net;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// Headers a client writes are not believed: a Host the app does not answer to is refused before it can reach a
/// canonical link, an export or the OpenAPI servers, and a forged X-Forwarded-For cannot give a client a fresh
/// rate-limit bucket, even with the forwarded-headers middleware switched on.
/// </summary>
public sealed class ForgedHeaderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/openapi/v1.json")]
    [InlineData($"/treaties/{Seed.Treaty}/export.md")]
    public async Task A_host_the_app_does_not_answer_to_is_refused(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "attacker.example";
        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("attacker.example", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_public_address_is_the_canonical_one()
    {
        await using var published = new TestApp(new() { Settings = new Dictionary<string, string> { ["Connections:PublicBaseUrl"] = "https://treaties.example.org/" } });
        var page = await published.CreateClient().GetStringAsync($"/sources/{Seed.Document}", TestContext.Current.CancellationToken);
        Assert.Contains($"<link rel=\"canonical\" href=\"https://treaties.example.org/sources/{Seed.Document}\">", page, StringComparison.Ordinal);
        var openApi = await published.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Contains("\"url\": \"https://treaties.example.org\"", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_forwarded_for_does_not_reset_the_rate_limit()
    {
        await using var limited = new TestApp(new()
        {
            RateLimits = true,
            Settings = new Dictionary<string, string> { ["FORWARDEDHEADERS_ENABLED"] = "true", ["RateLimits:Search:Burst"] = "2", ["RateLimits:Search:PerMinute"] = "1" },
        });
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/search?q=treaty{i}");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            statuses.Add((await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
