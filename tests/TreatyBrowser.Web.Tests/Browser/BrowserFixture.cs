using Microsoft.Playwright;

namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>
/// The app on a real loopback socket and Debian's Chromium driven by Playwright. Shared by every browser test.
/// Chromium must be at /usr/bin/chromium (test.sh installs it); without it these tests fail, never skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TestApp _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: run ./test.sh (it installs it) or apt-get install chromium.");
        }

        BaseUrl = _app.StartSocket();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>
    /// A fresh page in a context of its own that records every request it makes, so a test can check none left the
    /// app. Dispose it (<c>await using</c>): its context closes with it.
    /// </summary>
    public async Task<BrowserSession> NewPageAsync(int width = 1100, int height = 900, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.ViewportSize ??= new ViewportSize { Width = width, Height = height };
        options.BaseURL ??= BaseUrl;
        var context = await Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        return new BrowserSession(context, page, requests);
    }
}

/// <summary>A page, the requests it made, and the context that holds it, closed on dispose.</summary>
public sealed record BrowserSession(IBrowserContext Context, IPage Page, List<string> Requests) : IAsyncDisposable
{
    public void Deconstruct(out IPage page, out List<string> requests) => (page, requests) = (Page, Requests);

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
