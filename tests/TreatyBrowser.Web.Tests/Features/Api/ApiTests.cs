using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Features.Api;

public sealed class ApiTests(AppFactory app)
{
    private const string Treaty = Seed.Treaty;

    private async Task<JsonElement> GetJson(string url)
    {
        var response = await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Clauses_returns_the_seeds_clauses_with_their_evidence()
    {
        var clauses = (await GetJson("/api/clauses")).EnumerateArray().ToList();
        var byId = clauses.ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(
            ["mutual-defence", "joint-action-against-threats",
             "military-technical-cooperation", "joint-military-exercises", "non-assistance-to-aggressor", "peaceful-dispute-settlement", "territorial-non-use",
             "intelligence-exchange", "enhance-economic-collaboration", "interbank-cooperation", "national-currencies", "free-trade-agreement"],
            byId.Keys);
        Assert.Equal("absent", byId["mutual-defence"].GetProperty("modality").GetString());
        Assert.Equal("related", byId["free-trade-agreement"].GetProperty("modality").GetString());
        Assert.Equal("prohibition", byId["territorial-non-use"].GetProperty("modality").GetString());
        foreach (var id in new[] { "joint-action-against-threats", "military-technical-cooperation", "joint-military-exercises" })
        {
            Assert.Equal(["s-8", "s-10"], byId[id].GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("sentence").GetString()));
        }

        var evidence = byId["joint-military-exercises"].GetProperty("evidence")[1];
        Assert.Equal("engage in joint training exercises", evidence.GetProperty("phrase").GetString());
        Assert.Equal((121, 155), (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32()));
        Assert.Equal($"/sources/{Seed.Document}#s-10", evidence.GetProperty("permalink").GetString());
    }

    [Fact]
    public async Task Clauses_filter_by_category_and_refuse_an_unknown_one_with_a_400()
    {
        var intelligence = (await GetJson($"/api/clauses?treaty={Treaty}&category=intelligence")).EnumerateArray().ToList();
        Assert.Equal("intelligence-exchange", Assert.Single(intelligence).GetProperty("id").GetString());

        var response = await app.CreateClient().GetAsync("/api/clauses?category=weather", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no category 'weather'", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/treaties/nope")]
    [InlineData("/api/clauses?treaty=nope")]
    [InlineData("/api/timeline?treaty=nope")]
    [InlineData("/api/documents/nope")]
    [InlineData("/api/clauses/" + Treaty + "/defence/nope")]
    public async Task Unknown_names_get_a_404_with_a_plain_message(string url)
    {
        var response = await app.CreateClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("There is no", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_gives_the_seeds_events_and_status_table()
    {
        var timeline = (await GetJson($"/api/timeline?treaty={Treaty}"))[0];
        var events = timeline.GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("date").GetProperty("display").GetString()} {e.GetProperty("date").GetProperty("precision").GetString()} " +
                $"{e.GetProperty("type").GetString()} \"{e.GetProperty("date").GetProperty("written").GetString()}\"");
        Assert.Equal(
            ["2022 year context \"in 2022\"", "2025-01-17 day signature \"On January 17\"", "2025-04 month approval \"in April\"",
             "week of 2025-05-12 week related-agreement \"last week\"", "2025-05-21 day ratification \"On Wednesday\""],
            events);
        var status = timeline.GetProperty("status").EnumerateArray().Select(r =>
            $"{r.GetProperty("party")}: {r.GetProperty("signed")} {r.GetProperty("approvedByParliament")} {r.GetProperty("ratified")} {r.GetProperty("inForce")}");
        // The Russian legislature "approved the pact": the report does not call it ratification, nor does the table.
        Assert.Equal(["Iran: 2025-01-17  2025-05-21 ", "Russia: 2025-01-17 2025-04  "], status);
    }

    [Fact]
    public async Task Documents_give_sentences_with_offsets_categories_reasons_and_clauses()
    {
        var doc = await GetJson($"/api/documents/{Seed.Document}");
        var s8 = doc.GetProperty("sentences").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "s-8");
        Assert.Equal((1131, 1347), (s8.GetProperty("start").GetInt32(), s8.GetProperty("end").GetInt32()));
        Assert.Equal("body", s8.GetProperty("role").GetString());
        Assert.Contains("exercises", s8.GetProperty("categories")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(4, s8.GetProperty("clauses").GetArrayLength());
    }

    [Fact]
    public async Task Profile_reads_mutual_defence_as_stated_absent_and_neutrality_as_present()
    {
        var profile = (await GetJson($"/api/profile?treaty={Treaty}"))[0].GetProperty("profile").EnumerateArray()
            .ToDictionary(p => p.GetProperty("type").GetString()!, p => p.GetProperty("value").GetString());
        Assert.Equal("stated-absent", profile["defence"]);
        Assert.Equal("present", profile["neutrality"]);
        Assert.Equal("not-reported", profile["nonaggression"]);
        Assert.Equal("not-reported", profile["offence"]);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_api_endpoint()
    {
        var paths = (await GetJson("/openapi/v1.json")).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/treaties", "/api/treaties/{treaty}", "/api/documents", "/api/documents/{document}", "/api/clauses",
                     "/api/clauses/{treaty}/{category}/{clause}", "/api/profile", "/api/entities", "/api/timeline" })
        {
            Assert.Contains(path, paths);
        }
    }
}
