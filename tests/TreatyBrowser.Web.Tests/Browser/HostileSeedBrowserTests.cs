using Microsoft.Playwright;
using TreatyBrowser.Web.Tests.Security;

namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>
/// Hostile seeds in a real browser: on every page a reader can reach, no dialog opens and no script runs. Two layers
/// are checked apart. Encoding: with the Content-Security-Policy bypassed, nothing from an article runs, so encoding
/// alone holds. The policy: markup forced into a page (as if encoding failed) still cannot run.
/// </summary>
[Collection(BrowserTests.Name)]
[Trait(BrowserTests.Tier, BrowserTests.Name)]
public sealed class HostileSeedBrowserTests(BrowserFixture browser, HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public async Task No_page_runs_anything_from_an_article_even_without_the_content_security_policy()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, BypassCSP = true });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };

        var pages = await site.PagesAsync();
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.Load);

            // Hover and focus everything, so that onmouseover / onfocus handlers would fire if any had survived.
            foreach (var element in (await page.Locator("main a, main span.sentence, h1").AllAsync()).Take(40))
            {
                await element.HoverAsync(new LocatorHoverOptions { Force = true, Timeout = 2000 });
            }

            Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        }

        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task The_content_security_policy_stops_markup_that_got_into_a_page()
    {
        await using var session = await browser.NewPageAsync();
        var (page, _) = session;
        await page.GotoAsync($"{site.BaseUrl}/sources/{HostileSite.MarkdownDocument}");
        var violations = await page.EvaluateAsync<int>("""
            () => new Promise(resolve => {
                let count = 0;
                document.addEventListener('securitypolicyviolation', () => count++);
                document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image" onerror="window.__pwned = 1">');
                const script = document.createElement('script');
                script.textContent = 'window.__pwned = 2';
                document.body.appendChild(script);
                setTimeout(() => resolve(count), 500);
            })
            """);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.True(violations >= 2, $"expected the policy to report both attempts, saw {violations}");
    }
}
