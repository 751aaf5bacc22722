using System.Net;
using System.Net.Sockets;
using System.Text;

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
    public async Task A_refused_host_is_told_why_and_still_gets_the_security_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "attacker.example";
        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not answer to the host", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_naming_another_port_is_refused_and_the_port_reached_is_the_one_in_links()
    {
        await using var site = new TestApp();
        var uri = new Uri(site.StartSocket());
        var forged = await Raw(uri, $"GET /sources/{Seed.Document} HTTP/1.1\r\nHost: localhost:1\r\nConnection: close\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 400", forged, StringComparison.Ordinal);
        Assert.Contains($"this server was reached on port {uri.Port}", forged, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options: nosniff", forged, StringComparison.Ordinal);

        var honest = await Raw(uri, $"GET /sources/{Seed.Document} HTTP/1.1\r\nHost: localhost:{uri.Port}\r\nConnection: close\r\n\r\n");
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost:{uri.Port}/sources/{Seed.Document}\">", honest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_a_host_gets_links_to_the_address_it_reached()
    {
        await using var site = new TestApp();
        var uri = new Uri(site.StartSocket());
        var answer = await Raw(uri, $"GET /sources/{Seed.Document} HTTP/1.0\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("http:///", answer, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://127.0.0.1:{uri.Port}/sources/{Seed.Document}\">", answer, StringComparison.Ordinal);
    }

    // The whole answer to one request written by hand, read until the server closes the connection.
    private static async Task<string> Raw(Uri uri, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
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
