using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// A rendered answer as the page cache keeps it: its body, a strong ETag (a hash of the body, so an answer that did not
/// change across a reload keeps its tag and a browser keeps its copy), and, for text over about 1 KB, the same body
/// compressed with Brotli and gzip once, when it is stored, so that no request compresses anything.
/// </summary>
public sealed class CachedAnswer
{
    /// <summary>Smaller bodies are sent as they are: compressing them saves less than the headers cost.</summary>
    public const int CompressFrom = 1024;

    private static readonly string[] Compressible =
        ["text/html", "application/json", "application/problem+json", "text/csv", "text/markdown", "application/atom+xml", "text/css", "text/plain", "application/xml"];

    public CachedAnswer(int generation, string contentType, string? disposition, string? cacheControl, byte[] body)
    {
        Generation = generation;
        ContentType = contentType;
        Disposition = disposition;
        CacheControl = cacheControl;
        Body = body;
        Tag = Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_');
        if (body.Length >= CompressFrom && Compressible.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            Brotli = Smaller(Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)), body);
            Gzip = Smaller(Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)), body);
        }
    }

    public int Generation { get; }

    public string ContentType { get; }

    public string? Disposition { get; }

    /// <summary>The answer's Link header (the next page of a paged list), replayed with it.</summary>
    public string? Link { get; init; }

    public string? CacheControl { get; }

    public byte[] Body { get; }

    public byte[]? Brotli { get; }

    public byte[]? Gzip { get; }

    /// <summary>The hash of the plain body; each encoding's ETag adds its name, as each is a different set of bytes.</summary>
    public string Tag { get; }

    public long LastUsed { get; set; }

    /// <summary>What the entry costs in memory, all encodings included.</summary>
    public long Size => Body.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);

    /// <summary>The encoding to send for an Accept-Encoding header: its name (null for none), bytes and ETag.</summary>
    public (string? Encoding, byte[] Bytes, string ETag) For(StringValues acceptEncoding)
    {
        var accepted = StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var parsed) ? parsed : null;
        if (Brotli is not null && Accepts(accepted, "br"))
        {
            return ("br", Brotli, $"\"{Tag}-br\"");
        }

        return Gzip is not null && Accepts(accepted, "gzip")
            ? ("gzip", Gzip, $"\"{Tag}-gz\"")
            : (null, Body, $"\"{Tag}\"");
    }

    /// <summary>True when If-None-Match names this answer in any of its encodings (or is <c>*</c>); weak tags count.</summary>
    public bool Matches(StringValues ifNoneMatch) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Value is { } value && value.Trim('"') is var bare
            && (bare == Tag || bare == $"{Tag}-br" || bare == $"{Tag}-gz"));

    // Named and not refused: "gzip" and "gzip;q=0.5" accept gzip, "gzip;q=0" refuses it.
    private static bool Accepts(IList<StringWithQualityHeaderValue>? accepted, string coding) =>
        accepted?.Any(a => a.Value.Equals(coding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0) == true;

    private static byte[] Compress(byte[] body, Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream();
        using (var stream = encoder(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }

    private static byte[]? Smaller(byte[] compressed, byte[] body) => compressed.Length < body.Length ? compressed : null;
}
