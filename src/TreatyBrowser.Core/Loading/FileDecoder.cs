using System.Text;

namespace TreatyBrowser.Core.Loading;

/// <summary>Turns a file's bytes into text, refusing what is not a UTF-8 article.</summary>
public static class FileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="LoadException"/> with the reason when it cannot.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            throw new LoadException($"file is {bytes.Length:N0} bytes, over the limit of {maxBytes:N0} bytes");
        }

        if (bytes.Length == 0)
        {
            throw new LoadException("file is empty");
        }

        // A NUL byte never occurs in prose: the file is binary (an image, a PDF, a UTF-16 export).
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new LoadException($"file looks binary (a NUL byte at offset {nul})");
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            // Offsets are into this text, so line endings are normalised only by the readers, never here.
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new LoadException($"file is not valid UTF-8 (bad byte at offset {e.Index})");
        }
    }
}
