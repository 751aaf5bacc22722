using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>An archive with one very long article and more articles than a page holds.</summary>
public sealed class LongArchiveApp() : TestApp(new TestAppOptions { SeedsFolder = Write() })
{
    public const string Long = "long-report";

    private static string Write()
    {
        var folder = Directory.CreateTempSubdirectory("tb-long-archive-").FullName;
        var text = new StringBuilder("---\ntreaty: Chile–Peru Fisheries Agreement\nparties: [Chile, Peru]\n---\n");
        for (var i = 1; i <= 1_200; i++)
        {
            text.Append(i % 2 == 0 ? "The two countries will share catch data every month.\n" : "Officials met again in Lima to review the fisheries agreement.\n");
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
/// the documents 20 at a time. Before, one 4 MiB article gave a 23.7 MB answer and the list gave every sentence of
/// every article at once.
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

    [Theory]
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
