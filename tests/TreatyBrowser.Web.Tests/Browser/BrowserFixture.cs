using Microsoft.Playwright;

namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>
/// The app on a real loopback socket and Debian's Chromium driven by Playwright. Shared by every browser test.
/// Chromium must be at /usr/bin/chromium (test.sh installs it); without it these tests fail, never skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly SocketApp _app = new(AppFactory.SeedsFolder);
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

        BaseUrl = _app.Start();

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

    /// <summary>A fresh page that records every request it makes, so a test can check none left the app.</summary>
    public async Task<(IPage Page, List<string> Requests)> NewPageAsync(int width = 1100, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        return (page, requests);
    }
}
