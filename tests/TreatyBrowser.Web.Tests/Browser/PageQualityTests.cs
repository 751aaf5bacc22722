using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>Every page type: accessible, usable by keyboard, no horizontal scroll on a phone, nothing fetched from elsewhere.</summary>
[Collection(BrowserTests.Name)]
[Trait(BrowserTests.Tier, BrowserTests.Name)]
public sealed class PageQualityTests(BrowserFixture browser)
{
    public static TheoryData<string, string> Pages => PageTypes.All;

    // One context per page for both themes: the page is loaded once, scanned, switched to dark, scanned again.
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_reports_no_violations_in_the_light_and_the_dark_theme_and_screenshots_are_saved(string name, string url)
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await page.GotoAsync(url);
        var violations = new List<string>();
        foreach (var (scheme, suffix, background) in new[] { (ColorScheme.Light, "", "rgb(253, 252, 250)"), (ColorScheme.Dark, "-dark", "rgb(21, 23, 26)") })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            Assert.Equal(background, await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}{suffix}.png"), FullPage = true });
            violations.AddRange((await page.RunAxe()).Violations.Select(v => $"{scheme}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_360px_phone_has_no_horizontal_scroll(string name, string url)
    {
        await using var session = await browser.NewPageAsync(360, 780);
        var (page, _) = session;
        await page.GotoAsync(url);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"{name}: scrollWidth {scroll} > {client}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_request_leaves_the_apps_origin(string name, string url)
    {
        await using var session = await browser.NewPageAsync();
        var (page, requests) = session;
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
        await using var session = await browser.NewPageAsync();
        var (page, _) = session;
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
