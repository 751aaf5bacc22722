using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>Every page type: accessible, usable by keyboard, no horizontal scroll on a phone, nothing fetched from elsewhere.</summary>
[Collection(BrowserTests.Name)]
public sealed class PageQualityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> Pages => PageTypes.All;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_reports_no_violations_and_a_screenshot_is_saved(string name, string url)
    {
        var (page, _) = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
        var results = await page.RunAxe();
        var violations = results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})");
        Assert.True(!violations.Any(), string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_reports_no_violations_in_the_dark_theme_either(string name, string url)
    {
        var context = await browser.Browser.NewContextAsync(new() { ColorScheme = ColorScheme.Dark, BaseURL = browser.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        Assert.Equal("rgb(21, 23, 26)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-dark.png"), FullPage = true });
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})");
        await context.DisposeAsync();
        Assert.True(!violations.Any(), string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_360px_phone_has_no_horizontal_scroll(string name, string url)
    {
        var (page, _) = await browser.NewPageAsync(360, 780);
        await page.GotoAsync(url);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"{name}: scrollWidth {scroll} > {client}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_request_leaves_the_apps_origin(string name, string url)
    {
        var (page, requests) = await browser.NewPageAsync();
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.True(r.StartsWith(browser.BaseUrl + "/", StringComparison.Ordinal), $"{name} fetched {r}"));
    }

    [Theory]
    [InlineData("/treaties/" + PageTypes.Treaty)]
    [InlineData("/treaties/" + PageTypes.Treaty + "/clauses/defence/joint-military-exercises")]
    [InlineData("/sources/" + PageTypes.Document)]
    public async Task Keyboard_alone_reaches_every_link_with_a_visible_focus(string url)
    {
        var (page, _) = await browser.NewPageAsync();
        await page.GotoAsync(url);
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map((a, i) => a.dataset.k = String(i))");
        var reached = new HashSet<string>();
        for (var i = 0; i < links.Length + 40 && reached.Count < links.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(
                "() => { const e = document.activeElement; const s = getComputedStyle(e); return [e.dataset.k ?? '', s.outlineStyle, s.outlineWidth]; }");
            if (focus[0].Length > 0)
            {
                reached.Add(focus[0]);
                Assert.True(focus[1] != "none" && focus[2] != "0px", $"link {focus[0]} has no visible focus ({focus[1]} {focus[2]})");
            }
        }

        Assert.Equal(links.Length, reached.Count);
    }
}
