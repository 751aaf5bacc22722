using System.Net;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>Every kind of response carries the security headers: pages, cached pages, the API, files, errors, refusals.</summary>
public sealed class SecurityHeaderTests(AppFactory app)
{
    private const string Treaty = $"/treaties/{Seed.Treaty}";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData(Treaty, HttpStatusCode.OK)]
    [InlineData(Treaty + "/clauses/defence/joint-military-exercises", HttpStatusCode.OK)]
    [InlineData(Treaty + "/timeline", HttpStatusCode.OK)]
    [InlineData($"/sources/{Seed.Document}", HttpStatusCode.OK)]
    [InlineData("/search?q=exercises", HttpStatusCode.OK)]
    [InlineData("/api/clauses", HttpStatusCode.OK)]
    [InlineData(Treaty + "/export.csv", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
    [InlineData("/api/search?q=x&category=no-such-category", HttpStatusCode.BadRequest)]
    [InlineData("/search?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11&l=12&m=13&n=14&o=15&p=16&q=17", HttpStatusCode.BadRequest)]
    public async Task Every_kind_of_response_carries_the_security_headers(string url, HttpStatusCode status)
    {
        var client = app.CreateClient();

        // Twice: the second answer of a page comes from the page cache, which must carry them too.
        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(status, response.StatusCode);
            AssertSecurityHeaders(response);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over HTTPS");
        }
    }

    [Fact]
    public async Task A_refused_oversized_body_carries_them_too()
    {
        using var body = new ByteArrayContent(new byte[300 * 1024]);
        var response = await app.CreateClient().PostAsync("/api/analyze", body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Over_https_the_browser_is_told_to_stay_on_https()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost/") });
        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, response.Headers.GetValues("Strict-Transport-Security").Single());
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_policy_allows_no_script_and_no_framing()
    {
        var response = await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'none'", directives["script-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("default-src 'none'", directives["default-src"]);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Header(response, "Permissions-Policy"));

        // Nothing says which server or framework answers.
        Assert.False(response.Headers.Contains("Server"), "no Server header");
        Assert.False(response.Headers.Contains("X-Powered-By"), "no X-Powered-By header");
        Assert.False(response.Headers.Contains("X-AspNet-Version"), "no X-AspNet-Version header");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
