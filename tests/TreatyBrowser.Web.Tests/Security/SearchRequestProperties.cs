using CsCheck;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// Whatever a client puts in the search address (query, category, treaty, document, page; any characters, any
/// length), the page and the API answer 200 or a 4xx with a message: never a 5xx. Runs in memory, so a few hundred
/// requests take a second or two.
/// </summary>
public sealed class SearchRequestProperties(AppFactory app)
{
    private static readonly Gen<string> Values = Gen.Frequency(
            (10, Gen.OneOf<string>("joint", "exercises", "defence", "\"", "(", ")", "*", "?", "~", "^", ":", "AND", "OR", "NOT", "-", "+", "\\", "/",
                "[a TO z]", "economic", "iran-russia-strategic-partnership", "iran-russia-comprehensive-strategic-partnership-treaty",
                "0", "-1", "1", "99999999999", "1e3", "٣", " ", "\t", "\u0000", "\u001b", "\ud800", "\ud83d\ude00", "<script>", "&", "=", "#", "%", "\u202e")),
            (3, Gen.Char.Select(c => c.ToString())),
            (1, Gen.Int[400, 700].Select(n => new string('x', n))))
        .Array[0, 12]
        .Select(string.Concat);

    private static readonly Gen<string> Addresses = Gen.Select(
        Gen.OneOf<string>("/search", "/api/search"), Values, Gen.OneOf(Gen.Const(""), Values), Gen.OneOf(Gen.Const(""), Values), Gen.OneOf(Gen.Const(""), Values),
        (path, q, category, treaty, page) =>
            $"{path}?q={Uri.EscapeDataString(q)}&category={Uri.EscapeDataString(category)}&treaty={Uri.EscapeDataString(treaty)}&page={Uri.EscapeDataString(page)}");

    [Fact]
    public void Any_search_address_is_answered_with_200_or_a_4xx_and_never_a_5xx()
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
        }, iter: 300, threads: 1);
    }
}
