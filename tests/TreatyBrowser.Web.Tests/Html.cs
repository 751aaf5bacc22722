using AngleSharp;
using AngleSharp.Dom;

namespace TreatyBrowser.Web.Tests;

/// <summary>Fetches a page and parses it, so tests assert on what a browser would show.</summary>
internal static class Html
{
    public static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await BrowsingContext.New().OpenAsync(r => r.Content(body).Address(new Uri(client.BaseAddress!, url)), TestContext.Current.CancellationToken);
    }
}
