using System.Net;

namespace TreatyBrowser.Web.Tests.Hosting;

/// <summary>Many articles and treaties: corroboration, disputes, conflicts, compare and the status page.</summary>
public sealed class LivingCorpusTests : IClassFixture<CorpusAppFactory>
{
    private const string Baltic = "estonia-finland-mutual-defence-treaty";
    private const string Trade = "chile-vietnam-trade-agreement";
    private readonly CorpusAppFactory _app;

    public LivingCorpusTests(CorpusAppFactory app) => _app = app;

    [Fact]
    public async Task A_clause_page_says_how_many_sources_report_it_and_lists_them()
    {
        var page = await Html.GetAsync(_app.CreateClient(), $"/treaties/{Baltic}/clauses/defence/joint-military-exercises");
        var reported = page.QuerySelectorAll("dt").First(d => d.TextContent == "Reported by").NextElementSibling!.TextContent;
        Assert.StartsWith("3 sources:", reported, StringComparison.Ordinal);
        Assert.Contains("Riga Review, 20 March 2024", reported, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("figure.evidence").Length);
    }

    [Fact]
    public async Task A_disputed_clause_is_flagged_and_shows_both_sides()
    {
        var page = await Html.GetAsync(_app.CreateClient(), $"/treaties/{Baltic}/clauses/defence/mutual-defence");
        Assert.Contains("Disputed.", page.QuerySelector(".callout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["commitment", "stated absent"], page.QuerySelectorAll("figure.evidence figcaption .badge").Select(b => b.TextContent));
    }

    [Fact]
    public async Task The_timeline_shows_a_conflicting_date_instead_of_resolving_it()
    {
        var page = await Html.GetAsync(_app.CreateClient(), $"/treaties/{Baltic}/timeline");
        var signature = page.QuerySelectorAll("ol.timeline li").Single(li => li.GetAttribute("data-type") == "signature");
        Assert.Contains("conflicting dates", signature.TextContent, StringComparison.Ordinal);
        Assert.Contains("Another report dates it 2024-03-12", signature.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_puts_the_profiles_and_clauses_of_two_treaties_side_by_side()
    {
        var page = await Html.GetAsync(_app.CreateClient(), $"/compare?t={Baltic}&t={Trade}");
        string Cell(string treaty, string attribute, string value) =>
            page.QuerySelector($"td[data-treaty='{treaty}'][{attribute}='{value}']")!.TextContent.Trim();
        Assert.Equal("disputed", Cell(Baltic, "data-obligation", "defence"));
        Assert.Equal("stated absent", Cell(Trade, "data-obligation", "defence"));
        Assert.Equal("present", Cell(Baltic, "data-obligation", "consultation"));
        Assert.Equal("not reported", Cell(Trade, "data-clause", "joint-military-exercises"));
        Assert.Equal("commitment", Cell(Baltic, "data-clause", "joint-military-exercises"));
        Assert.Equal("commitment", Cell(Trade, "data-clause", "tariff-reduction"));
    }

    [Fact]
    public async Task Compare_with_an_unknown_treaty_answers_400_with_a_plain_message()
    {
        var response = await _app.CreateClient().GetAsync($"/compare?t={Baltic}&t=nope", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no treaty", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_page_lists_what_loaded_and_what_was_skipped_and_why()
    {
        var page = await Html.GetAsync(_app.CreateClient(), "/status");
        Assert.Equal("5", page.QuerySelector("[data-documents]")!.GetAttribute("data-documents"));
        var skipped = Assert.Single(page.QuerySelectorAll("table.skipped tbody tr"));
        Assert.Contains("broken.txt", skipped.TextContent, StringComparison.Ordinal);
        Assert.Contains("binary", skipped.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_whose_agreement_is_unidentified_is_shown_as_its_own_treaty_not_dropped()
    {
        var page = await Html.GetAsync(_app.CreateClient(), "/");
        Assert.Contains(page.QuerySelectorAll("table.treaties tbody th a"), a => a.TextContent.StartsWith("Unidentified agreement: ", StringComparison.Ordinal));
    }
}
