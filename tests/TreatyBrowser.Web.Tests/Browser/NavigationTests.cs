using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>What a reader does in a real browser: follow links from the treaty to a clause to its sentence and back.</summary>
[Collection(BrowserTests.Name)]
[Trait(BrowserTests.Tier, BrowserTests.Name)]
public sealed partial class NavigationTests(BrowserFixture browser)
{
    [GeneratedRegex("/sources/" + Seed.Document + "#s-10$")]
    private static partial Regex SentenceTen();

    private static async Task AssertTargetedAndHighlighted(IPage page, string id)
    {
        var sentence = page.Locator($"#{id}");
        await Expect(sentence).ToBeInViewportAsync();
        Assert.True(await sentence.EvaluateAsync<bool>("e => e.matches(':target')"), $"{id} is not the :target");
        var background = await sentence.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
    }

    [Fact]
    public async Task Home_to_treaty_to_category_to_clause_to_evidence_lands_on_the_highlighted_sentence()
    {
        await using var session = await browser.NewPageAsync();
        var (page, _) = session;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Iran–Russia Comprehensive Strategic Partnership Treaty" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Iran–Russia Comprehensive Strategic Partnership Treaty");
        await page.Locator("h3").GetByRole(AriaRole.Link, new() { Name = "Defence" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Defence clauses");
        await page.GetByRole(AriaRole.Link, new() { Name = "Joint military exercises" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Joint military exercises");
        await Expect(page.Locator("figure.evidence mark").Nth(1)).ToHaveTextAsync("engage in joint training exercises");
        await page.Locator("figure.evidence").Nth(1).Locator("figcaption a").ClickAsync();
        await Expect(page).ToHaveURLAsync(SentenceTen());
        await AssertTargetedAndHighlighted(page, "s-10");
    }

    [Fact]
    public async Task Any_clauses_source_sentence_is_three_clicks_from_home()
    {
        await using var session = await browser.NewPageAsync();
        var (page, _) = session;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Iran–Russia Comprehensive Strategic Partnership Treaty" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Direct interbank partnerships" }).ClickAsync();
        await page.Locator("figure.evidence figcaption a").First.ClickAsync();
        await AssertTargetedAndHighlighted(page, "s-9");
    }

    [Fact]
    public async Task A_source_sentence_links_to_its_clause()
    {
        await using var session = await browser.NewPageAsync();
        var (page, _) = session;
        await page.GotoAsync($"/sources/{PageTypes.Document}#s-12");
        await AssertTargetedAndHighlighted(page, "s-12");
        await page.Locator("#s-12").GetByRole(AriaRole.Link, new() { Name = "→ Territory not to be used against the other party's stability or territorial integrity" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Territory not to be used against the other party's stability or territorial integrity");
        await Expect(page.Locator("figure.evidence")).ToHaveAttributeAsync("data-sentence", "s-12");
    }

    [Fact]
    public async Task The_header_search_box_lands_on_highlighted_results_that_lead_to_the_sentence()
    {
        await using var session = await browser.NewPageAsync();
        var (page, _) = session;
        await page.GotoAsync($"/treaties/{PageTypes.Treaty}");
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("aggressor");
        await page.GetByLabel("Search", new() { Exact = true }).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=aggressor$"));
        await Expect(page.Locator(".clauses-hits mark").First).ToHaveTextAsync("aggressor");
        await page.Locator(".sentence-hits li > a").First.ClickAsync();
        await AssertTargetedAndHighlighted(page, "s-11");
    }

    [Fact]
    public async Task A_sentences_cite_block_opens_without_javascript_and_carries_a_text_fragment()
    {
        await using var session = await browser.NewPageAsync(options: new() { JavaScriptEnabled = false });
        var page = session.Page;
        await page.GotoAsync($"/sources/{PageTypes.Document}");
        await page.GetByText("Cite s-8", new() { Exact = true }).ClickAsync();
        var citation = await page.Locator("details[open] pre").InnerTextAsync();
        Assert.Contains("#s-8:~:text=While%20the%20agreement%20does,part%20in%20joint%20exercises.", citation, StringComparison.Ordinal);
        Assert.DoesNotContain("(", citation, StringComparison.Ordinal);
        Assert.Contains("Brussels Morning Newspaper, 21 May 2025", citation, StringComparison.Ordinal);
    }
}
