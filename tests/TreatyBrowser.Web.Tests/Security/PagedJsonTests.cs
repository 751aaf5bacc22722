using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>An archive with one very long article and more articles than a page holds.</summary>
public sealed class LongArchiveApp() : TestApp(new TestAppOptions { SeedsFolder = Write() })
{
    public const string Long = "long-report";

    public const string Treaty = "chile-peru-fisheries-agreement";

    public const string Clause = "/treaties/chile-peru-fisheries-agreement/clauses/economic/tariff-reduction";

    private static string Write()
    {
        var folder = Directory.CreateTempSubdirectory("tb-long-archive-").FullName;
        var text = new StringBuilder("---\ntreaty: Chile–Peru Fisheries Agreement\nparties: [Chile, Peru]\n---\n");
        // 600 reports of one provision and 600 meetings on 600 different days: a clause with 600 pieces of evidence
        // and a timeline of 600 events.
        var day = new DateOnly(2000, 1, 1);
        for (var i = 1; i <= 1_200; i++)
        {
            text.Append(i % 2 == 0
                ? "The agreement will cut tariffs on frozen fish.\n"
                : $"Trade ministers met in Lima on {day.AddDays(i).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} to review the fisheries agreement.\n");
        }

        File.WriteAllText(Path.Combine(folder, Long + ".txt"), text.ToString());
        for (var i = 1; i <= 25; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"note-{i:00}.txt"), $"Chile and Peru signed fisheries protocol number {i} on Monday.\n");
        }

        return folder;
    }
}

/// <summary>
/// JSON answers are paged, so their size follows the page, not the archive: a document's sentences 500 at a time,
/// the documents 20 at a time, a clause's evidence 50 pieces at a time, a treaty's clauses 100 and its events 500 at
/// a time. Before, one 4 MiB article gave a 23.7 MB document, a 13.8 MB treaty and a 7.6 MB timeline, and the list
/// gave every sentence of every article at once.
/// </summary>
public sealed class PagedJsonTests(LongArchiveApp app) : IClassFixture<LongArchiveApp>
{
    [Fact]
    public async Task A_long_documents_sentences_come_a_page_at_a_time_with_the_next_pages_address()
    {
        var client = app.CreateClient();
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{LongArchiveApp.Long}", TestContext.Current.CancellationToken);
        Assert.Equal(500, first.GetProperty("sentences").GetArrayLength());
        Assert.Equal(3, first.GetProperty("sentencePages").GetInt32());
        Assert.Equal($"/api/documents/{LongArchiveApp.Long}?page=2", first.GetProperty("nextSentences").GetString());

        var last = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{LongArchiveApp.Long}?page=3", TestContext.Current.CancellationToken);
        Assert.Equal(200, last.GetProperty("sentences").GetArrayLength());
        Assert.Equal("s-1001", last.GetProperty("sentences")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("nextSentences").ValueKind);
    }

    [Fact]
    public async Task A_clause_reported_six_hundred_times_gives_its_evidence_fifty_pieces_a_page()
    {
        var client = app.CreateClient();
        var api = $"/api/clauses/{LongArchiveApp.Treaty}/economic/tariff-reduction";
        var first = await client.GetFromJsonAsync<JsonElement>(api, TestContext.Current.CancellationToken);
        Assert.Equal(600, first.GetProperty("evidenceCount").GetInt32());
        Assert.Equal(50, first.GetProperty("evidence").GetArrayLength());
        Assert.Equal(12, first.GetProperty("evidencePages").GetInt32());
        Assert.Equal($"{api}?page=2", first.GetProperty("nextEvidence").GetString());

        var last = await client.GetFromJsonAsync<JsonElement>($"{api}?page=12", TestContext.Current.CancellationToken);
        Assert.Equal("s-1200", last.GetProperty("evidence")[49].GetProperty("sentence").GetString());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("nextEvidence").ValueKind);

        // The treaty and the clause list carry each clause with its first page of evidence only.
        var treaty = await client.GetFromJsonAsync<JsonElement>($"/api/treaties/{LongArchiveApp.Treaty}", TestContext.Current.CancellationToken);
        Assert.All(treaty.GetProperty("clauses").EnumerateArray(), c => Assert.InRange(c.GetProperty("evidence").GetArrayLength(), 1, 50));
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/clauses?treaty={LongArchiveApp.Treaty}", TestContext.Current.CancellationToken);
        Assert.All(listed.EnumerateArray(), c => Assert.InRange(c.GetProperty("evidence").GetArrayLength(), 1, 50));
    }

    [Fact]
    public async Task A_timeline_of_six_hundred_events_comes_five_hundred_at_a_time()
    {
        var client = app.CreateClient();
        var treaty = await client.GetFromJsonAsync<JsonElement>($"/api/treaties/{LongArchiveApp.Treaty}", TestContext.Current.CancellationToken);
        var timeline = treaty.GetProperty("timeline");
        Assert.Equal(500, timeline.GetProperty("events").GetArrayLength());
        Assert.Equal(2, timeline.GetProperty("eventPages").GetInt32());
        var next = timeline.GetProperty("nextEvents").GetString()!;
        Assert.Equal($"/api/timeline?treaty={LongArchiveApp.Treaty}&page=2", next);

        var second = (await client.GetFromJsonAsync<JsonElement>(next, TestContext.Current.CancellationToken))[0];
        // The 600 meetings, and the signings of the protocols the notes report.
        var all = await client.GetFromJsonAsync<JsonElement>($"/treaties/{LongArchiveApp.Treaty}/export.json", TestContext.Current.CancellationToken);
        var total = all.GetProperty("timeline").GetProperty("events").GetArrayLength();
        Assert.InRange(total, 600, 625);
        Assert.Equal(total - 500, second.GetProperty("events").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextEvents").ValueKind);
    }

    [Fact]
    public async Task An_export_gives_the_treaty_whole()
    {
        var client = app.CreateClient();
        var json = await client.GetFromJsonAsync<JsonElement>($"/treaties/{LongArchiveApp.Treaty}/export.json", TestContext.Current.CancellationToken);
        var clause = json.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "tariff-reduction");
        Assert.Equal(600, clause.GetProperty("evidence").GetArrayLength());
        Assert.Equal(600, json.GetProperty("timeline").GetProperty("events").EnumerateArray().Count(e => e.GetProperty("document").GetString() == LongArchiveApp.Long));
        var csv = await client.GetStringAsync($"/treaties/{LongArchiveApp.Treaty}/export.csv", TestContext.Current.CancellationToken);
        Assert.Equal(1 + 600, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("/api/clauses/chile-peru-fisheries-agreement/economic/tariff-reduction?page=13")]
    [InlineData("/api/treaties/chile-peru-fisheries-agreement?page=2")]
    [InlineData("/api/timeline?treaty=chile-peru-fisheries-agreement&page=3")]
    [InlineData("/api/treaties?page=2")]
    [InlineData("/api/documents/long-report?page=4")]
    [InlineData("/api/documents/long-report?page=0")]
    [InlineData("/api/documents?page=3")]
    public async Task A_page_that_does_not_exist_is_a_400_that_says_how_many_there_are(string url)
    {
        var response = await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page(s) of", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_list_comes_twenty_at_a_time_and_names_the_next_page()
    {
        // Twice: the second answer comes from the page cache, which must give the Link header too.
        await app.CreateClient().GetAsync("/api/documents", TestContext.Current.CancellationToken);
        var response = await app.CreateClient().GetAsync("/api/documents", TestContext.Current.CancellationToken);
        var documents = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(20, documents.GetArrayLength());
        Assert.Equal("</api/documents?page=2>; rel=\"next\"", Assert.Single(response.Headers.GetValues("Link")));
        Assert.All(documents.EnumerateArray(), d => Assert.InRange(d.GetProperty("sentences").GetArrayLength(), 1, 500));

        var second = await app.CreateClient().GetAsync("/api/documents?page=2", TestContext.Current.CancellationToken);
        Assert.Equal(6, (await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetArrayLength());
        Assert.False(second.Headers.Contains("Link"));
    }
}
