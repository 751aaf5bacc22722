using AngleSharp;
using AngleSharp.Dom;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// The app on a real loopback socket serving tests/TreatyBrowser.Web.Tests/Hostile: two articles (Markdown and plain
/// text) whose text and front matter are full of script tags, event handlers, <c>javascript:</c> and <c>data:</c> links
/// and tags that try to close ours. <see cref="PagesAsync"/> lists every page a reader can reach from the home page.
/// </summary>
public sealed class HostileSite : IAsyncLifetime
{
    public const string MarkdownDocument = "harbour-accord";

    private readonly TestApp _app = new(new() { SeedsFolder = Path.Combine(AppContext.BaseDirectory, "Hostile") });

    public string BaseUrl { get; private set; } = "";

    public HttpClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        BaseUrl = _app.StartSocket();
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    public async Task<IDocument> GetAsync(string url)
    {
        var body = await Client.GetStringAsync(url, TestContext.Current.CancellationToken);
        return await BrowsingContext.New().OpenAsync(r => r.Content(body).Address(new Uri(Client.BaseAddress!, url)), TestContext.Current.CancellationToken);
    }

    /// <summary>Every same-origin page linked from the home page, breadth first, plus a search for the hostile words.</summary>
    public async Task<List<string>> PagesAsync()
    {
        var seen = new List<string> { "/", "/search?q=script+alert", "/search?q=exercises", "/status", "/compare" };
        for (var i = 0; i < seen.Count && seen.Count < 200; i++)
        {
            var page = await GetAsync(seen[i]);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var path = href.Split('#')[0];
                if (path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains("/export.", StringComparison.Ordinal)
                    && !path.EndsWith(".atom", StringComparison.Ordinal) && !path.StartsWith("/openapi", StringComparison.Ordinal) && !seen.Contains(path))
                {
                    seen.Add(path);
                }
            }
        }

        return seen;
    }
}
