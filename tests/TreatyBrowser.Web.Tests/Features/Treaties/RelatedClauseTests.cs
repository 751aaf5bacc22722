namespace TreatyBrowser.Web.Tests.Features.Treaties;

/// <summary>Two agreements of our own that share a provision, and one with no defence content at all.</summary>
public sealed class TwoPactsApp() : TestApp(new TestAppOptions { SeedsFolder = Write() })
{
    public const string Baltic = "estonia-latvia-defence-pact";
    public const string Alpine = "austria-slovenia-defence-pact";
    public const string Trade = "chile-peru-trade-deal";

    private static string Write()
    {
        var folder = Directory.CreateTempSubdirectory("tb-two-pacts-").FullName;
        File.WriteAllText(Path.Combine(folder, "baltic.txt"), "---\ntreaty: Estonia–Latvia Defence Pact\nparties: [Estonia, Latvia]\n---\n"
            + "TALLINN (Coast Courier) – Estonia and Latvia signed a defence pact on Monday. Under the pact, both countries will hold joint military exercises every year.\n");
        File.WriteAllText(Path.Combine(folder, "alpine.txt"), "---\ntreaty: Austria–Slovenia Defence Pact\nparties: [Austria, Slovenia]\n---\n"
            + "VIENNA (Alpine Wire) – Austria and Slovenia signed a defence pact on Tuesday. The two states will hold joint military exercises in the Alps.\n");
        File.WriteAllText(Path.Combine(folder, "trade.txt"), "---\ntreaty: Chile–Peru Trade Deal\nparties: [Chile, Peru]\n---\n"
            + "LIMA (Andes Ledger) – Chile and Peru signed a trade deal on Friday. The deal will cut tariffs on copper and fish.\n");
        return folder;
    }
}

/// <summary>A clause page lists the same provision in other treaties; the obligation profile shows only where there is defence content.</summary>
public sealed class RelatedClauseTests(TwoPactsApp app) : IClassFixture<TwoPactsApp>
{
    [Fact]
    public async Task A_clause_page_links_the_same_provision_in_the_other_treaties()
    {
        var page = await Html.GetAsync(app.CreateClient(), $"/treaties/{TwoPactsApp.Baltic}/clauses/defence/joint-military-exercises");
        var elsewhere = Assert.Single(page.QuerySelectorAll("ul.elsewhere li"));
        Assert.Equal(TwoPactsApp.Alpine, elsewhere.GetAttribute("data-treaty"));
        Assert.Equal($"/treaties/{TwoPactsApp.Alpine}/clauses/defence/joint-military-exercises", elsewhere.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_obligation_profile_is_shown_for_a_defence_pact_and_not_for_a_trade_deal()
    {
        var client = app.CreateClient();
        var pact = await Html.GetAsync(client, $"/treaties/{TwoPactsApp.Baltic}");
        var deal = await Html.GetAsync(client, $"/treaties/{TwoPactsApp.Trade}");
        Assert.Contains(pact.QuerySelectorAll("h2"), h => h.TextContent == "Obligation profile");
        Assert.DoesNotContain(deal.QuerySelectorAll("h2"), h => h.TextContent == "Obligation profile");
    }
}
