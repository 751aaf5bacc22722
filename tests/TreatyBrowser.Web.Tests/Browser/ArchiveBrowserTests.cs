using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TreatyBrowser.Web.Tests.Browser;

/// <summary>
/// An archive on a real socket: the development corpus's 54 reports and our own 8, saved as plain texts with no front
/// matter, and the shipped seed, 63 articles in all. Read by the browser tests of the reader's archive.
/// </summary>
public sealed class ArchiveSocketApp : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tb-archive-browser-").FullName;
    private TestApp? _app;

    public string BaseUrl { get; private set; } = "";

    public int Articles { get; private set; }

    public ValueTask InitializeAsync()
    {
        foreach (var source in new[] { "devset-articles", "archive", "seeds" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, source), "*.txt"))
            {
                File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
                Articles++;
            }
        }

        _app = new TestApp(new TestAppOptions { SeedsFolder = _folder });
        BaseUrl = _app.StartSocket();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>
/// The reader's archive in a real browser: the home page's table at a desktop and a phone size, its filters, search
/// hits that name their treaty and source, a treaty page that says where its identity came from, a source page that
/// says where its outlet was read, the about page; axe clean on each; screenshots saved.
/// </summary>
[Collection(BrowserTests.Name)]
[Trait(BrowserTests.Tier, BrowserTests.Name)]
public sealed class ArchiveBrowserTests(BrowserFixture browser, ArchiveSocketApp archive) : IClassFixture<ArchiveSocketApp>
{
    private const int MaxHomeBytes = 100 * 1024;

    private Task<BrowserSession> Open(int width = 1280, int height = 800) =>
        browser.NewPageAsync(width, height, new BrowserNewContextOptions { BaseURL = archive.BaseUrl });

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_first_screen_of_the_home_page_shows_the_treaty_table_and_the_page_is_light(int width, int height)
    {
        Assert.True(archive.Articles >= 60, $"{archive.Articles} articles");
        await using var session = await Open(width, height);
        var page = session.Page;
        var response = await page.GotoAsync("/");
        Assert.True((await response!.BodyAsync()).Length < MaxHomeBytes, "the home page is over 100 KB");
        var firstRow = page.Locator("table.treaties tbody tr").First;
        await Expect(firstRow).ToBeVisibleAsync();
        var box = await firstRow.BoundingBoxAsync();
        Assert.True(box!.Y < height, $"the table's first row starts at {box.Y}px, below the first screen of {height}px");
        Assert.True(await page.Locator("table.treaties tbody tr").CountAsync() >= 40);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"archive-home-{width}.png") });
    }

    [Fact]
    public async Task Filtering_by_a_party_keeps_only_its_treaties()
    {
        await using var session = await Open();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.Locator("#f-party").SelectOptionAsync("India");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("party=India"));
        var parties = await page.Locator("table.treaties tbody tr td:nth-of-type(1)").AllInnerTextsAsync();
        Assert.NotEmpty(parties);
        Assert.All(parties, p => Assert.Contains("India", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_search_hit_names_its_treaty_and_sentence_hits_their_source()
    {
        await using var session = await Open();
        var page = session.Page;
        await page.GotoAsync("/search?q=free+trade");
        var hits = page.Locator("ol.sentence-hits > li");
        Assert.True(await hits.CountAsync() > 0);
        foreach (var hit in await hits.AllAsync())
        {
            await Expect(hit.Locator("a[data-treaty]")).ToHaveCountAsync(1);
        }

        var lines = await page.Locator("ol.sentence-hits > li small").AllInnerTextsAsync();
        Assert.True(lines.Count(l => !l.Contains("unknown outlet", StringComparison.Ordinal)) * 2 > lines.Count, "most hits name their outlet");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "archive-search.png"), FullPage = true });
    }

    [Fact]
    public async Task A_treaty_page_shows_its_mentioned_agreements_apart_and_links_its_name_to_the_sentence()
    {
        await using var session = await Open();
        var page = session.Page;
        await page.GotoAsync("/?party=Mexico");
        await page.GetByRole(AriaRole.Link, new() { Name = "United States-Mexico-Canada Agreement (USMCA)" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("United States-Mexico-Canada Agreement (USMCA)");
        await Expect(page.Locator("ul.mentioned li")).ToContainTextAsync(["North American Free Trade Agreement (NAFTA)"]);
        await page.Locator("a.name-source").First.ClickAsync();
        await Expect(page.Locator("span.sentence:target")).ToContainTextAsync("USMCA");
        await page.GoBackAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "archive-treaty.png"), FullPage = true });
    }

    [Fact]
    public async Task A_source_saved_as_plain_text_says_which_line_gave_its_outlet_and_date()
    {
        await using var session = await Open();
        var page = session.Page;
        await page.GotoAsync("/sources/e01-bloomberg-uk-signs-cptpp-accession");
        await Expect(page.Locator("[data-found-by='outlet']")).ToContainTextAsync("Bloomberg");
        await Expect(page.Locator("[data-found-by='published']")).ToContainTextAsync("16 July 2023");
    }

    [Fact]
    public async Task Compare_filters_its_picker_tells_same_named_treaties_apart_and_puts_the_comparison_first()
    {
        await using var session = await Open();
        var page = session.Page;
        await page.GotoAsync("/compare");
        await page.Locator("#compare-q").FillAsync("Defense Cooperation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        var labels = await page.Locator("form.compare-pick label:has(input)").AllInnerTextsAsync();
        Assert.Contains(labels, l => l.Contains("Defense Cooperation Agreement (DCA) — Denmark, United States", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.Contains("Defense Cooperation Agreement (DCA) — Finland, United States", StringComparison.Ordinal));
        Assert.All(labels, l => Assert.Contains("Defen", l, StringComparison.Ordinal));

        await page.GetByLabel("Defense Cooperation Agreement (DCA) — Denmark, United States").CheckAsync();
        await page.GetByLabel("Defense Cooperation Agreement (DCA) — Finland, United States").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Expect(page.Locator("table.compare").First).ToBeVisibleAsync();
        var tableAbovePicker = await page.EvaluateAsync<bool>(
            "() => !!(document.querySelector('table.compare').compareDocumentPosition(document.querySelector('form.compare-pick')) & Node.DOCUMENT_POSITION_FOLLOWING)");
        Assert.True(tableAbovePicker, "the comparison is not above the picker");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "archive-compare.png"), FullPage = true });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/compare?filter=trade")]
    [InlineData("/?sort=sources&category=economic")]
    [InlineData("/sources")]
    [InlineData("/search?q=free+trade")]
    [InlineData("/treaties/united-states-mexico-canada-agreement-usmca")]
    [InlineData("/sources/e01-bloomberg-uk-signs-cptpp-accession")]
    [InlineData("/about")]
    public async Task Axe_reports_no_violations_on_the_archives_pages(string url)
    {
        await using var session = await Open();
        var page = session.Page;
        await page.GotoAsync(url);
        var violations = (await page.RunAxe()).Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})").ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
