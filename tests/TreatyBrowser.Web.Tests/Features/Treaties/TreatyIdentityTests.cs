using AngleSharp.Dom;

namespace TreatyBrowser.Web.Tests.Features.Treaties;

/// <summary>
/// What a treaty page says about its identity in an archive: where its name and each party came from (linked to the
/// sentence), its other names, whether the name is inferred, and the other agreements its reports only mention.
/// </summary>
public sealed class TreatyIdentityTests(ArchiveApp app) : IClassFixture<ArchiveApp>
{
    [Fact]
    public async Task A_named_treaty_links_its_name_and_parties_to_the_sentences_that_give_them_and_lists_its_other_names()
    {
        var page = await TreatyPage("Pacific Coast Fisheries Agreement (PCFA)");
        Assert.Equal("Pacific Coast Fisheries Agreement (PCFA)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("false", page.QuerySelector("[data-name-inferred]")!.GetAttribute("data-name-inferred"));
        Assert.Equal(
            ["/sources/chile-peru-fisheries-ratified#s-1", "/sources/chile-peru-fisheries-signed#s-1"],
            page.QuerySelectorAll("a.name-source").Select(a => a.GetAttribute("href")));
        Assert.Contains("PCFA", page.QuerySelector("dd.aliases")!.TextContent, StringComparison.Ordinal);
        var parties = page.QuerySelectorAll("dd.parties a[data-party]");
        Assert.Equal(["Chile", "Peru"], parties.Select(a => a.GetAttribute("data-party")));
        Assert.All(parties, a => Assert.StartsWith("/sources/chile-peru-fisheries-", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_inferred_name_says_so_and_a_mentioned_agreement_is_listed_apart_linked_to_where_it_is_named()
    {
        var page = await TreatyPage("Kenya–Tanzania");
        Assert.Equal("true", page.QuerySelector("[data-name-inferred]")!.GetAttribute("data-name-inferred"));
        Assert.Contains("inferred", page.QuerySelector("[data-name-inferred] .badge")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("East African", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var mentioned = Assert.Single(page.QuerySelectorAll("ul.mentioned li"));
        Assert.Equal("Treaty Establishing the East African Community", mentioned.GetAttribute("data-mentioned"));
        Assert.Equal("/sources/kenya-tanzania-border-pact#s-3", mentioned.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Brokers_are_shown_apart_from_the_parties_each_linked_to_the_sentence_that_names_them()
    {
        var page = await TreatyPage("Eritrea–Ethiopia");
        Assert.Equal(["Eritrea", "Ethiopia"], page.QuerySelectorAll("dd.parties [data-party]").Select(a => a.GetAttribute("data-party")));
        var brokers = page.QuerySelectorAll("dd.brokers a[data-broker]");
        Assert.Equal(["Saudi Arabia", "United Nations"], brokers.Select(a => a.GetAttribute("data-broker")));
        Assert.All(brokers, a => Assert.StartsWith("/sources/ethiopia-eritrea-port-deal", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_home_page_lists_each_agreement_of_the_archive_once_with_no_shared_unassigned_bucket()
    {
        var home = await Html.GetAsync(app.CreateClient(), "/");
        var names = home.QuerySelectorAll("table.treaties tbody th a").Select(a => a.TextContent).ToList();
        Assert.Equal(6, names.Count);
        Assert.Contains("Mekong Sediment Sharing Accord (MSSA)", names);
        Assert.Contains("Andean Rail Link Memorandum (ARLM)", names);
        Assert.DoesNotContain("Unassigned", names);
    }

    [Fact]
    public async Task A_search_for_an_alias_finds_the_treaty_by_its_canonical_name()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/search?q=PCFA");
        var link = Assert.Single(page.QuerySelectorAll("section.named-treaties a"));
        Assert.Equal("Pacific Coast Fisheries Agreement (PCFA)", link.TextContent);
    }

    [Fact]
    public async Task A_section_label_saved_with_an_article_is_small_print_with_its_permalink_and_the_headline_its_title()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/sources/kenya-tanzania-border-pact");
        Assert.Equal("World", page.QuerySelector("p.furniture#h-1")!.TextContent.Trim());
        Assert.Equal("Kenya and Tanzania sign border security pact", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll("h2.sentence"), h => h.TextContent.Trim() == "World");
    }

    private async Task<IDocument> TreatyPage(string nameStart)
    {
        var home = await Html.GetAsync(app.CreateClient(), "/");
        var link = home.QuerySelectorAll("table.treaties tbody th a").First(a => a.TextContent.StartsWith(nameStart, StringComparison.Ordinal));
        return await Html.GetAsync(app.CreateClient(), link.GetAttribute("href")!);
    }
}
