using System.Net.Http.Json;
using System.Net;

namespace TreatyBrowser.Web.Tests.Features.Treaties;

/// <summary>An article of our own with an open provision whose id changed when ids stopped stemming words.</summary>
public sealed class CoastguardApp() : TestApp(new TestAppOptions { SeedsFolder = Write() })
{
    public const string Treaty = "iceland-norway-coastguard-accord";
    public const string Clause = "swap-classified-vessel-tracking-records";

    // The id the same clause had before: "records" stemmed to "record", six words.
    public const string FormerClause = "swap-classified-vessel-tracking-record-every";

    private static string Write()
    {
        var folder = Directory.CreateTempSubdirectory("tb-coastguard-").FullName;
        File.WriteAllText(Path.Combine(folder, "coastguard.txt"), "---\ntreaty: Iceland–Norway Coastguard Accord\nparties: [Iceland, Norway]\npublished: 2025-03-04\n---\n"
            + "REYKJAVIK (North Atlantic Ledger) – Iceland and Norway signed a coastguard accord on Monday.\n\n"
            + "The two coastguards will swap classified vessel-tracking records every month.\n\n"
            + "Neither country will allow foreign warships to anchor in its northern fjords.\n");
        return folder;
    }
}

/// <summary>Permalinks a reader can keep: an old clause id answers 301 to the new one; the page says which words decided the modality.</summary>
public sealed class ClausePermalinkTests(CoastguardApp app) : IClassFixture<CoastguardApp>
{
    private HttpClient Client() => app.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task An_old_open_clause_id_answers_301_to_its_new_address()
    {
        var response = await Client().GetAsync($"/treaties/{CoastguardApp.Treaty}/clauses/intelligence/{CoastguardApp.FormerClause}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/treaties/{CoastguardApp.Treaty}/clauses/intelligence/{CoastguardApp.Clause}", response.Headers.Location?.OriginalString);

        var page = await Client().GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_api_redirects_an_old_id_too_and_lists_it_as_former()
    {
        var response = await Client().GetAsync($"/api/clauses/{CoastguardApp.Treaty}/intelligence/{CoastguardApp.FormerClause}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var clause = await Client().GetFromJsonAsync<System.Text.Json.JsonElement>(response.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(CoastguardApp.Clause, clause.GetProperty("id").GetString());
        Assert.Equal([CoastguardApp.FormerClause], clause.GetProperty("formerIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_id_that_never_was_is_still_404()
    {
        var response = await Client().GetAsync($"/treaties/{CoastguardApp.Treaty}/clauses/intelligence/swap-nothing-at-all", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_prohibition_shows_the_words_that_decided_it()
    {
        var clause = (await Client().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/clauses?treaty={CoastguardApp.Treaty}&category=defence", TestContext.Current.CancellationToken))
            .EnumerateArray().Single();
        Assert.Equal("prohibition", clause.GetProperty("modality").GetString());
        var page = await Html.GetAsync(Client(), clause.GetProperty("permalink").GetString()!);
        Assert.Equal("Neither country will", page.QuerySelector("figure.evidence .decided q.cue")?.TextContent);
    }
}
