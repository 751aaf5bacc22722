using System.Net;
using Serilog.Events;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// A flood of cheap answers (pages from the cache, 429s) must not become a flood of log lines: they are sampled, one
/// in a hundred, while a page rendered afresh and every error are still logged each time.
/// </summary>
public sealed class RequestLogTests
{
    private const int Flood = 400;

    [Fact]
    public async Task Cache_hits_are_sampled_but_the_first_render_is_logged()
    {
        await using var app = new TestApp();
        var logs = app.Logs;
        var client = app.CreateClient();
        for (var i = 0; i < Flood; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
        }

        var home = RequestLines(logs, "/ responded 200");
        Assert.InRange(home.Count, 1, Flood / 20);
        // Uncached answers (the 404s) are all logged.
        Assert.Equal(Flood, RequestLines(logs, "/no-such-page responded 404").Count);
    }

    [Fact]
    public async Task Refusals_for_too_many_requests_are_sampled()
    {
        await using var app = new TestApp(new()
        {
            RateLimits = true,
            Settings = new Dictionary<string, string> { ["RateLimits:Api:Burst"] = "1", ["RateLimits:Api:PerMinute"] = "1" },
        });
        var logs = app.Logs;
        var client = app.CreateClient();
        var refused = 0;
        for (var i = 0; i < Flood; i++)
        {
            refused += (await client.GetAsync("/api/treaties", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        Assert.Equal(Flood - 1, refused);
        Assert.InRange(RequestLines(logs, "/api/treaties responded 429").Count, 1, Flood / 20);
    }

    // Rendered messages quote their string values ("GET", "/"); the quotes are dropped to read them as a console does.
    private static List<string> RequestLines(LogCollector logs, string ending) =>
        [.. logs.Messages(LogEventLevel.Information).Select(m => m.Replace("\"", "", StringComparison.Ordinal))
            .Where(m => m.StartsWith("HTTP GET", StringComparison.Ordinal) && m.Contains(ending, StringComparison.Ordinal))];
}
