using System.Net;
using AngleSharp;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Features.Analyze;

/// <summary>Paste or upload one article and see what it gives, without storing it.</summary>
public sealed class AnalyzeTests(AppFactory app)
{
    private const string Article = "ANKARA (Bosphorus Wire) – Turkey and Azerbaijan signed a defence pact on Monday. "
        + "The two countries will hold joint military exercises and will not support any aggressor that attacks either of them.";

    [Fact]
    public async Task The_page_shows_clauses_profile_and_timeline_of_a_pasted_article()
    {
        var form = new MultipartFormDataContent { { new StringContent(Article), "Text" }, { new StringContent("2024-02-07"), "Published" } };
        var response = await app.CreateClient().PostAsync("/analyze", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowsingContext.New().OpenAsync(r => r.Content(response.Content.ReadAsStream(TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken);
        Assert.Equal(["joint-military-exercises", "non-assistance-to-aggressor"], page.QuerySelectorAll("li[data-clause]").Select(li => li.GetAttribute("data-clause")));
        Assert.Contains("2024-02-05", page.QuerySelector("ol.timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Neutrality: present", page.QuerySelector(".analysis")!.TextContent, StringComparison.Ordinal);

        // Nothing is stored: the corpus still holds only the seed.
        Assert.DoesNotContain("Azerbaijan", await app.CreateClient().GetStringAsync("/api/treaties", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analysis_is_stopped_when_the_reader_leaves()
    {
        // 250 KB of weekday names takes seconds to read; the client gives up after a fraction of that. Before, the
        // analysis ran to its end for nobody; now it stops between sentences and the request log says 499.
        await using var site = new TestApp();
        var client = site.CreateClient();
        var article = new StringBuilder("Ruritania and Freedonia signed a pact on Monday.\n");
        while (article.Length < 250_000)
        {
            article.Append("Monday Tuesday Wednesday ");
        }

        using var leaving = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        leaving.CancelAfter(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.PostAsync("/api/analyze", new StringContent(article.ToString(), Encoding.UTF8, "text/plain"), leaving.Token));

        // The request log line comes when the request ends: at the next sentence, well within a minute on a busy machine.
        static bool Answered(string m) => m.Contains("/api/analyze", StringComparison.Ordinal) && m.Contains("responded", StringComparison.Ordinal);
        for (var wait = 0; wait < 600 && !site.Logs.Messages(Serilog.Events.LogEventLevel.Information).Any(Answered); wait++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        var answered = site.Logs.Messages(Serilog.Events.LogEventLevel.Information).Where(Answered).ToList();
        Assert.True(answered.Count == 1 && answered[0].Contains("responded 499", StringComparison.Ordinal), $"the request log says: {string.Join(" | ", answered)}");
        Assert.Empty(site.Logs.Messages(Serilog.Events.LogEventLevel.Error));
    }

    [Fact]
    public async Task A_client_that_leaves_while_sending_its_article_is_no_server_error()
    {
        // Twenty posts of 250 KB, each given up 0 to 38 ms after it starts: some while the body is still being read.
        // Before, a body cut off by the client's leaving threw out of the endpoint: a 500 and an error in the log.
        await using var site = new TestApp();
        var client = site.CreateClient();
        var article = new StringBuilder("Ruritania and Freedonia signed a pact on Monday.\n");
        while (article.Length < 250_000)
        {
            article.Append("Monday Tuesday Wednesday ");
        }

        for (var ms = 0; ms < 40; ms += 2)
        {
            using var leaving = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            leaving.CancelAfter(TimeSpan.FromMilliseconds(ms));
            try
            {
                await client.PostAsync("/api/analyze", new StringContent(article.ToString(), Encoding.UTF8, "text/plain"), leaving.Token);
            }
            catch (OperationCanceledException) when (leaving.IsCancellationRequested)
            {
                // The client gave up, as it meant to.
            }
        }

        // The last abandoned analysis ends at its next sentence; then its request log line is written.
        await Task.Delay(3_000, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(site.Logs.Messages(Serilog.Events.LogEventLevel.Information), m => m.Contains("responded 5", StringComparison.Ordinal));
        Assert.Empty(site.Logs.Messages(Serilog.Events.LogEventLevel.Error));
    }

    [Fact]
    public async Task An_uploaded_markdown_file_is_analysed_as_markdown()
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("# Pact signed\n\n" + Article));
        var form = new MultipartFormDataContent { { file, "Upload", "article.md" } };
        var response = await app.CreateClient().PostAsync("/analyze", form, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-clause=\"joint-military-exercises\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_analyses_a_text_body()
    {
        var response = await app.CreateClient().PostAsync("/api/analyze?published=2024-02-07", new StringContent(Article, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var model = json.GetProperty("model");
        Assert.Equal(["Azerbaijan", "Turkey"], model.GetProperty("treaty").GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2, model.GetProperty("clauses").GetArrayLength());
        Assert.Equal("2024-02-05", model.GetProperty("timeline").GetProperty("events")[0].GetProperty("date").GetProperty("iso").GetString());
        Assert.Equal("Bosphorus Wire", json.GetProperty("document").GetProperty("metadata").GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Over_256_KB_the_page_and_the_api_answer_413_with_a_plain_message()
    {
        var big = new string('x', 300 * 1024);
        var api = await app.CreateClient().PostAsync("/api/analyze", new StringContent(big, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Contains("the limit is 262,144 bytes", await api.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(big)), "Upload", "big.txt" } };
        var page = await app.CreateClient().PostAsync("/analyze", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Contains("the limit is 262,144 bytes", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_far_over_the_servers_limit_gets_413_not_500()
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[3 * 1024 * 1024]), "Upload", "huge.txt" } };
        var page = await app.CreateClient().PostAsync("/analyze", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
    }

    [Theory]
    [InlineData("", "2024-01-01", "Paste an article")]
    [InlineData("The pact was signed.", "yesterday", "not a date like")]
    [InlineData("   \n  ", "", "Paste an article")]
    public async Task Bad_input_on_the_page_gets_a_400_with_a_plain_message(string text, string published, string message)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), "Text" }, { new StringContent(published), "Published" } };
        var response = await app.CreateClient().PostAsync("/analyze", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_an_article_gets_a_400()
    {
        var response = await app.CreateClient().PostAsync("/api/analyze", new ByteArrayContent([0xC3, 0x28, 0x41]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var empty = await app.CreateClient().PostAsync("/api/analyze", new StringContent("", Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}
