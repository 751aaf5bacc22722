namespace TreatyBrowser.Web.Tests.Features.Home;

/// <summary>The home page as an archive needs it: a table of treaties a reader sorts, filters and pages through.</summary>
public sealed class HomeTableTests(ArchiveApp app) : IClassFixture<ArchiveApp>
{
    [Fact]
    public async Task Sorted_by_name_the_table_lists_every_treaty_once_in_order_with_a_count()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/?sort=name");
        var names = page.QuerySelectorAll("table.treaties tbody th a").Select(a => a.TextContent).ToList();
        Assert.Equal(names.Order(StringComparer.CurrentCultureIgnoreCase), names);
        Assert.Equal(names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("p.count")!.GetAttribute("data-count"));
        Assert.Equal("name", page.QuerySelector("#f-sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Filtered_by_a_party_the_table_keeps_only_that_partys_treaties_and_says_how_many_match()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/?party=Peru");
        var rows = page.QuerySelectorAll("table.treaties tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Contains("Peru", r.QuerySelector("td")!.TextContent, StringComparison.Ordinal));
        Assert.StartsWith("2 of ", page.QuerySelector("p.count")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sources_have_their_own_list_newest_first_with_outlet_date_and_treaty()
    {
        var page = await Html.GetAsync(app.CreateClient(), "/sources");
        var rows = page.QuerySelectorAll("table.sources tbody tr");
        Assert.Equal(8, rows.Length);
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("td:last-child a")));
    }
}
