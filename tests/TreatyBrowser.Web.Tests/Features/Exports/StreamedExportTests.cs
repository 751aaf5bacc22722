using System.Net;
using System.Text;

namespace TreatyBrowser.Web.Tests.Features.Exports;

/// <summary>
/// An export too large for the page cache (over 1 MB) is written to the reader as it is made, never held whole: it
/// arrives complete, without a length announced in advance (the sign that it streamed), every time; HEAD gets the
/// headers alone. Before, the cache held each answer whole in memory before sending any of it, and the CSV was one
/// string.
/// </summary>
public sealed class StreamedExportTests(StreamedExportTests.BigTreatyApp app) : IClassFixture<StreamedExportTests.BigTreatyApp>
{
    private const string Export = "/treaties/chile-peru-fisheries-agreement/export";

    /// <summary>Three reports of one treaty, each quoting the same provision 1,500 times: 4,500 rows of CSV.</summary>
    public sealed class BigTreatyApp() : TestApp(new TestAppOptions { SeedsFolder = Write() })
    {
        private static string Write()
        {
            var folder = Directory.CreateTempSubdirectory("tb-big-treaty-").FullName;
            for (var report = 1; report <= 3; report++)
            {
                var text = new StringBuilder("---\ntreaty: Chile–Peru Fisheries Agreement\nparties: [Chile, Peru]\n---\n");
                for (var i = 1; i <= 1_500; i++)
                {
                    text.Append("The agreement will cut tariffs on frozen fish from both countries.\n");
                }

                File.WriteAllText(Path.Combine(folder, $"report-{report}.txt"), text.ToString());
            }

            return folder;
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public async Task An_export_over_the_caches_limit_streams_whole_every_time(string format)
    {
        var client = app.CreateClient();
        for (var time = 1; time <= 2; time++)
        {
            using var response = await client.GetAsync($"{Export}.{format}", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Content.Headers.ContentLength);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(body.Length > 1024 * 1024, $"the {format} export is {body.Length:N0} characters");
            if (format == "csv")
            {
                Assert.Equal(1 + 4_500, body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
            }
            else
            {
                var evidence = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("clauses")[0].GetProperty("evidence");
                Assert.Equal(4_500, evidence.GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task Head_of_a_streamed_export_sends_no_body_on_a_real_socket()
    {
        // The in-memory server sends a body for HEAD where Kestrel never would; so this one listens on a socket.
        await using var served = new BigTreatyApp();
        using var client = new HttpClient { BaseAddress = new Uri(served.StartSocket()) };
        using var request = new HttpRequestMessage(HttpMethod.Head, $"{Export}.csv");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var get = await client.GetStringAsync($"{Export}.csv", TestContext.Current.CancellationToken);
        Assert.Equal(1 + 4_500, get.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
