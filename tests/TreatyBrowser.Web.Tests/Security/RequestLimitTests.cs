using System.Net;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>Addresses and bodies past the limits get 400, 413 or 414 with a plain message (problem details under /api).</summary>
public sealed class RequestLimitTests(AppFactory app)
{
    [Theory]
    [InlineData("/search?q=")]
    [InlineData($"/sources/{Seed.Document}?x=")]
    public async Task An_address_over_12_KB_is_refused_with_414_and_a_plain_message(string prefix)
    {
        var response = await app.CreateClient().GetAsync(prefix + new string('a', 13_000), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("The address is too long", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_address_over_the_limit_gets_problem_details()
    {
        var response = await app.CreateClient().GetAsync("/api/search?q=" + new string('a', 13_000), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        using var problem = await Problem(response);
        Assert.Equal(414, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Address too long", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task More_than_16_query_parameters_is_a_400()
    {
        var query = string.Join('&', Enumerable.Range(0, 40).Select(i => $"p{i}={i}"));
        var response = await app.CreateClient().GetAsync("/search?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("40 query parameters", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_name_repeated_forty_times_is_forty_parameters()
    {
        var query = string.Join('&', Enumerable.Range(0, 40).Select(i => $"q={i}"));
        var response = await app.CreateClient().GetAsync("/search?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("40 query parameters", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_from_the_api_and_a_plain_message_from_the_form()
    {
        using var body = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        var api = await app.CreateClient().PostAsync("/api/analyze", body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        using (var problem = await Problem(api))
        {
            Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
        }

        using var form = new FormUrlEncodedContent([new("text", new string('x', 300 * 1024))]);
        var page = await app.CreateClient().PostAsync("/analyze", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
    }

    [Theory]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/api/documents/no-such-document")]
    [InlineData("/api/treaties/no-such-treaty")]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd")]
    public async Task Api_errors_are_rfc_9457_problem_details(string url)
    {
        var response = await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = await Problem(response);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("title", out _));
    }

    // Every path parameter is an id: nothing that looks like a path reaches a page, an export or the API, and the
    // answer never repeats the path it was sent (the router refuses it before any page could quote it).
    [Theory]
    [InlineData("/sources/..%2F..%2Fappsettings.json")]
    [InlineData("/sources/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/sources/%2Fetc%2Fpasswd")]
    [InlineData("/sources/..%5C..%5Cappsettings.json")]
    [InlineData("/sources/IRAN-RUSSIA-STRATEGIC-PARTNERSHIP")]
    [InlineData("/treaties/..%2F..%2Fseeds")]
    [InlineData($"/treaties/{Seed.Treaty}/clauses/..%2Fdefence")]
    [InlineData($"/treaties/{Seed.Treaty}/clauses/defence/..%2F..%2Fx")]
    [InlineData("/treaties/%2Fetc/export.json")]
    [InlineData("/treaties/..%2F/export.csv")]
    [InlineData("/css/..%2F..%2Fappsettings.json")]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/appsettings.json")]
    [InlineData("/TreatyBrowser.Web.dll")]
    [InlineData("/api/clauses/..%2F..%2F/defence/x")]
    public async Task Addresses_that_try_to_leave_the_corpus_are_404(string url)
    {
        var response = await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("\"Serilog\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        foreach (var echo in new[] { "../", "..\\", "/etc", "%2F", "%2f" })
        {
            Assert.DoesNotContain(echo, body, StringComparison.Ordinal);
        }
    }

    // Every page type, asked with every method a page does not answer: a 405 naming what it does answer, never a 500.
    [Theory]
    [InlineData("/")]
    [InlineData($"/treaties/{Seed.Treaty}")]
    [InlineData($"/treaties/{Seed.Treaty}/clauses/defence")]
    [InlineData($"/treaties/{Seed.Treaty}/clauses/defence/joint-military-exercises")]
    [InlineData($"/treaties/{Seed.Treaty}/timeline")]
    [InlineData($"/sources/{Seed.Document}")]
    [InlineData("/search?q=exercises")]
    [InlineData("/compare")]
    [InlineData("/status")]
    [InlineData("/analyze")]
    [InlineData("/not-found")]
    [InlineData("/error")]
    [InlineData("/no/such/page")]
    [InlineData("/css/site.css")]
    public async Task A_method_a_page_does_not_answer_is_a_405_with_allow(string url)
    {
        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND" })
        {
            if (method == "POST" && url == "/analyze")
            {
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = method is "POST" or "PUT" or "PATCH" ? new StringContent("x") : null };
            var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {url} answered {(int)response.StatusCode}");
            Assert.Contains("GET", response.Content.Headers.Allow);
            Assert.StartsWith("This address answers GET, HEAD", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("DELETE", "/api/treaties")]
    [InlineData("PUT", "/api/clauses")]
    [InlineData("GET", "/api/analyze")]
    public async Task A_method_an_api_route_does_not_answer_is_a_405_problem(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        using var problem = await Problem(response);
        Assert.Equal(405, problem.RootElement.GetProperty("status").GetInt32());
    }

    private static async Task<JsonDocument> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
