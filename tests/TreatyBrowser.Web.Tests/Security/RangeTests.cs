using System.Net;
using System.Net.Http.Headers;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>Byte ranges of the stylesheet: a range inside is 206, a range past the end is 416 (it was 404).</summary>
public sealed class RangeTests(AppFactory app)
{
    [Fact]
    public async Task A_range_past_the_end_is_416_with_the_length_and_a_plain_message()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.Range = new RangeHeaderValue(99_999_999, null);
        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.NotNull(response.Content.Headers.ContentRange?.Length);
        Assert.Contains("outside this file", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_inside_is_206()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        request.Headers.Range = new RangeHeaderValue(0, 9);
        var response = await app.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(10, (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length);
    }
}
