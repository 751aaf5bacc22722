using CsCheck;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// Whatever a client puts in an address's query (the parameters pages and the API read, repeated, empty, of any
/// characters and length), every page type and the search API answer 200 or a 4xx with a message: never a 5xx.
/// Runs in memory, so a few hundred requests take a second or two.
/// </summary>
public sealed class QueryProperties(AppFactory app)
{
    private const string Treaty = $"/treaties/{Seed.Treaty}";

    private static readonly Gen<string> Values = Gen.Frequency(
            (10, Gen.OneOf<string>("joint", "exercises", "defence", "\"", "(", ")", "*", "?", "~", "^", ":", "AND", "OR", "NOT", "-", "+", "\\", "/",
                "[a TO z]", "economic", $"{Seed.Document}", $"{Seed.Treaty}", ",", ",,",
                "0", "-1", "1", "99999999999", "1e3", "٣", "2025-05-21", "2025-02-30", " ", "\t", "\u0000", "\u001b", "\ud800", "\ud83d\ude00",
                "<script>", "&", "=", "#", "%", "\u202e", "../", "%2F")),
            (3, Gen.Char.Select(c => c.ToString())),
            (1, Gen.Int[400, 3_000].Select(n => new string('x', n))))
        .Array[0, 8]
        .Select(string.Concat);

    private static readonly Gen<string> Parameters = Gen.Select(
            Gen.OneOf<string>("q", "t", "category", "treaty", "document", "page", "published", "Text", "x"),
            Gen.Frequency((1, Gen.Const("")), (4, Values)),
            (name, value) => $"{name}={Uri.EscapeDataString(value)}")
        .Array[0, 8]
        .Select(p => string.Join('&', p));

    private static readonly Gen<string> Addresses = Gen.Select(
        Gen.OneOf<string>("/", "/search", "/api/search", "/compare", "/analyze", "/status", "/not-found", Treaty, Treaty + "/timeline",
            Treaty + "/clauses/defence", Treaty + "/clauses/defence/joint-military-exercises", $"/sources/{Seed.Document}",
            "/api/clauses", "/api/profile", "/api/entities", "/api/timeline", Treaty + "/export.csv", Treaty + "/export.md"),
        Parameters,
        (path, query) => $"{path}?{query}");

    [Fact]
    public void Any_query_on_any_page_or_api_is_answered_with_200_or_a_4xx_and_never_a_5xx()
    {
        var client = app.CreateClient();
        Addresses.Sample(url =>
        {
            var response = client.GetAsync(url, CancellationToken.None).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            Assert.True(status is 200 or (>= 400 and < 500), $"{url} answered {status}");
            if (status >= 400 && url.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }, iter: 500, threads: 1);
    }
}
