using System.IO.Compression;
using System.Security.Cryptography;

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
    public (string? Encoding, byte[] Bytes, string ETag) For(string acceptEncoding)
    {
        if (Brotli is not null && Accepts(acceptEncoding, "br"))
        {
            return ("br", Brotli, $"\"{Tag}-br\"");
        }

        return Gzip is not null && Accepts(acceptEncoding, "gzip")
            ? ("gzip", Gzip, $"\"{Tag}-gz\"")
            : (null, Body, $"\"{Tag}\"");
    }

    /// <summary>True when If-None-Match names this answer in any of its encodings (or is <c>*</c>).</summary>
    public bool Matches(string ifNoneMatch)
    {
        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
            if (tag == "*" || tag == $"\"{Tag}\"" || tag == $"\"{Tag}-br\"" || tag == $"\"{Tag}-gz\"")
            {
                return true;
            }
        }

        return false;
    }

    // "br", "gzip;q=0.5" accepted; "gzip;q=0" refused.
    private static bool Accepts(string header, string coding)
    {
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            if (!pieces[0].Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return !pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
        }

        return false;
    }

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
