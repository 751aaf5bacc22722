using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace TreatyBrowser.Web.Tests.Hosting;

/// <summary>
/// Conditional requests and compression, as a browser or a feed reader uses them: a strong ETag and Last-Modified on
/// every page, answer, export and feed; 304 with no body when nothing changed; a new ETag when a reload changed the
/// answer; Brotli and gzip bodies that decode to exactly the plain bytes.
/// </summary>
public sealed class ConditionalRequestTests(AppFactory app)
{
    private const string Treaty = Seed.Treaty;

    public static TheoryData<string> Addresses =>
    [
        "/", $"/treaties/{Treaty}", $"/treaties/{Treaty}/timeline", $"/sources/{Seed.Document}", "/search?q=exercises",
        "/api/treaties", $"/treaties/{Treaty}/export.json", $"/treaties/{Treaty}/export.csv", $"/treaties/{Treaty}/export.md",
        "/feed.atom", $"/treaties/{Treaty}/feed.atom", "/openapi/v1.json",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task A_repeated_request_with_its_etag_is_304_with_no_body(string address)
    {
        var client = app.CreateClient();
        var first = await client.GetAsync(address, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.True(first.Headers.CacheControl?.NoCache);

        using var again = new HttpRequestMessage(HttpMethod.Get, address);
        again.Headers.IfNoneMatch.Add(etag);
        var revalidated = await client.SendAsync(again, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(etag, revalidated.Headers.ETag);

        using var since = new HttpRequestMessage(HttpMethod.Get, address);
        since.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(since, TestContext.Current.CancellationToken)).StatusCode);

        using var other = new HttpRequestMessage(HttpMethod.Get, address);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other, TestContext.Current.CancellationToken)).StatusCode);
    }

    public static TheoryData<string> Compressible => [.. Addresses, "/css/site.css"];

    [Theory]
    [MemberData(nameof(Compressible))]
    public async Task Brotli_and_gzip_bodies_decode_to_the_plain_bytes(string address)
    {
        var client = app.CreateClient();
        var plain = await Get(client, address, null);
        Assert.Null(plain.Encoding);
        foreach (var (coding, decode) in new (string, Func<Stream, Stream>)[]
                 {
                     ("br", s => new BrotliStream(s, CompressionMode.Decompress)),
                     ("gzip", s => new GZipStream(s, CompressionMode.Decompress)),
                 })
        {
            var encoded = await Get(client, address, coding);
            if (plain.Body.Length < 1024)
            {
                Assert.Null(encoded.Encoding);
                continue;
            }

            Assert.Equal(coding, encoded.Encoding);
            Assert.True(encoded.Body.Length < plain.Body.Length);
            using var decoded = new MemoryStream();
            await using (var stream = decode(new MemoryStream(encoded.Body)))
            {
                await stream.CopyToAsync(decoded, TestContext.Current.CancellationToken);
            }

            Assert.Equal(plain.Body, decoded.ToArray());
            Assert.NotEqual(plain.ETag, encoded.ETag);
        }
    }

    [Fact]
    public async Task Head_gives_the_same_headers_as_get()
    {
        var client = app.CreateClient();
        foreach (var address in new[] { "/", $"/treaties/{Treaty}", "/api/treaties", "/feed.atom" })
        {
            var get = await client.GetAsync(address, TestContext.Current.CancellationToken);
            var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Equal(get.Content.Headers.LastModified, head.Content.Headers.LastModified);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        }
    }

    [Fact]
    public async Task An_answer_under_a_kilobyte_is_sent_as_it_is()
    {
        var client = app.CreateClient();
        var plain = await Get(client, "/api/search?q=zzzyzzy", null);
        Assert.InRange(plain.Body.Length, 1, 1023);
        Assert.Null((await Get(client, "/api/search?q=zzzyzzy", "br, gzip")).Encoding);
    }

    [Fact]
    public async Task Head_on_the_stylesheet_gives_its_length_and_the_versioned_address_is_immutable()
    {
        var client = app.CreateClient();
        var versioned = (await Html.GetAsync(client, "/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var get = await client.GetAsync(versioned, TestContext.Current.CancellationToken);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, versioned), TestContext.Current.CancellationToken);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.True(get.Content.Headers.ContentLength > 1000);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal("public, max-age=31536000, immutable", get.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_refused_encoding_is_not_sent()
    {
        var (encoding, _, _) = await Get(app.CreateClient(), "/", "br;q=0, gzip;q=0");
        Assert.Null(encoding);
    }

    [Fact]
    public async Task A_reload_that_changes_a_page_changes_its_etag()
    {
        using var corpus = new CorpusAppFactory();
        var client = corpus.CreateClient();
        var before = (await client.GetAsync("/", TestContext.Current.CancellationToken)).Headers.ETag!;
        await File.WriteAllTextAsync(Path.Combine(corpus.Folder, "late-report.txt"),
            "Chile and Vietnam will review the trade agreement next year, officials in Santiago said.", TestContext.Current.CancellationToken);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpResponseMessage after;
        do
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/");
            revalidate.Headers.IfNoneMatch.Add(before);
            after = await client.SendAsync(revalidate, TestContext.Current.CancellationToken);
        }
        while (after.StatusCode == HttpStatusCode.NotModified && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
        Assert.Contains("late-report", await client.GetStringAsync("/sources", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static async Task<(string? Encoding, byte[] Body, EntityTagHeaderValue? ETag)> Get(HttpClient client, string address, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        return (response.Content.Headers.ContentEncoding.SingleOrDefault(), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), response.Headers.ETag);
    }
}
