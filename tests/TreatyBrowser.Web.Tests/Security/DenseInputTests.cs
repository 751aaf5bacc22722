using System.Net;
using System.Text;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// Text built to make work grow with the square of its size (dates packed into one endless sentence) gets an answer
/// that grows with its size: before, 256 KB of it took the process down (24 GB) and 16 KB came back as 31 MB of JSON.
/// </summary>
public sealed class DenseInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("within 30 days of being signed ")]
    [InlineData("Monday Tuesday Wednesday ")]
    public async Task Two_hundred_kilobytes_of_dates_get_an_answer_a_reader_can_download(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 200 * 1024 / unit.Length));
        var response = await app.CreateClient().PostAsync("/api/analyze?published=2025-01-01", new StringContent(text, Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.InRange(body.Length, 1, 16 * 1024 * 1024);
        Assert.Contains("were not read", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }
}
