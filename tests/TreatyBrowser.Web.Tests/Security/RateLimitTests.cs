using System.Net;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// Per-client limits on search, analysis and the API, with small buckets (3 at once, then 1 a minute) so that a test
/// reaches them in a few requests. Each test has its own host, so buckets never carry over.
/// </summary>
public sealed class RateLimitTests
{
    private static TestApp LimitedApp() => new(new()
    {
        RateLimits = true,
        Settings = new Dictionary<string, string>
        {
            ["RateLimits:Search:Burst"] = "3",
            ["RateLimits:Search:PerMinute"] = "1",
            ["RateLimits:Api:Burst"] = "3",
            ["RateLimits:Api:PerMinute"] = "1",
            ["RateLimits:Analyze:Burst"] = "2",
            ["RateLimits:Analyze:PerMinute"] = "1",
        },
    });

    [Fact]
    public async Task The_fourth_search_in_a_burst_is_refused_with_429_retry_after_and_a_plain_message()
    {
        await using var app = LimitedApp();
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q=exercises{i}", TestContext.Current.CancellationToken)).StatusCode);
        }

        var refused = await client.GetAsync("/search?q=exercises", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal("text/plain", refused.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Too many requests from your address. Please wait", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        SecurityHeaderTests.AssertSecurityHeaders(refused);
    }

    [Fact]
    public async Task A_cached_search_still_counts()
    {
        await using var app = LimitedApp();
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync("/search?q=exercises", TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task The_api_answers_429_as_problem_details()
    {
        await using var app = LimitedApp();
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/treaties", TestContext.Current.CancellationToken)).StatusCode);
        }

        var refused = await client.GetAsync("/api/clauses", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Posting_articles_to_analyse_is_limited_but_the_form_is_not()
    {
        await using var app = LimitedApp();
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var body = new StringContent("Norland and Sudmark signed a trade pact on Monday.");
            statuses.Add((await client.PostAsync("/api/analyze", body, TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/analyze", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Reading_pages_is_never_limited()
    {
        await using var app = LimitedApp();
        var client = app.CreateClient();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/sources/{Seed.Document}", TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    [Fact]
    public async Task Each_kind_of_request_has_its_own_bucket()
    {
        await using var app = LimitedApp();
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync($"/search?q=a{i}", TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=b", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/treaties", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_refused_post_whose_body_is_still_coming_gets_its_429_not_a_reset()
    {
        // Over a real socket, 1.5 MB sent as fast as it goes: a 429 written while the body was still arriving, then
        // the connection closed with it unread, reached the client as a TCP reset instead of the answer; so did the
        // 413 (answered as a 400 that blamed the chunked encoding).
        await using var app = LimitedApp();
        var uri = new Uri(app.StartSocket());
        var article = new string((char)120, 1500 * 1024);
        var statuses = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
            var stream = client.GetStream();
            var head = $"POST /api/analyze HTTP/1.1\r\nHost: {uri.Host}\r\nContent-Type: text/plain\r\nContent-Length: {article.Length}\r\nConnection: close\r\n\r\n";
            var request = System.Text.Encoding.ASCII.GetBytes(head + article);
            try
            {
                for (var sent = 0; sent < request.Length; sent += 16 * 1024)
                {
                    await stream.WriteAsync(request.AsMemory(sent, Math.Min(16 * 1024, request.Length - sent)), TestContext.Current.CancellationToken);
                }

                using var reader = new StreamReader(stream);
                statuses.Add((await reader.ReadLineAsync(TestContext.Current.CancellationToken))?[..12] ?? "closed");
            }
            catch (IOException e)
            {
                statuses.Add($"reset: {e.Message}");
            }
        }

        Assert.Equal(["HTTP/1.1 413", "HTTP/1.1 413", "HTTP/1.1 429", "HTTP/1.1 429"], statuses);
    }

    [Fact]
    public async Task A_bad_setting_stops_the_app_at_start_with_the_reason()
    {
        await using var app = new TestApp(new() { RateLimits = true, Settings = new Dictionary<string, string> { ["RateLimits:Search:Burst"] = "0" } });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Burst", error.ToString(), StringComparison.Ordinal);
    }
}
