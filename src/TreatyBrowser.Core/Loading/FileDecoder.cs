using System.Text;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// Turns a file's bytes into text, refusing what is not an article: UTF-8 (with or without a BOM), or UTF-16 with its
/// BOM (what some Windows editors save as "Unicode").
/// </summary>
public static class FileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="LoadException"/> with the reason when it cannot.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new LoadException("file is empty");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes);
        }

        // A NUL byte never occurs in prose: the file is binary (an image, a PDF, a UTF-16 export without its BOM).
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

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes)
    {
        var encoding = bytes[0] == 0xFF ? StrictUtf16LittleEndian : StrictUtf16BigEndian;
        string text;
        try
        {
            text = encoding.GetString(bytes[2..]);
        }
        catch (DecoderFallbackException e)
        {
            throw new LoadException($"file starts like UTF-16 but is not valid UTF-16 (bad bytes at offset {e.Index + 2})");
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        return nul < 0 ? text : throw new LoadException($"file looks binary (a NUL character at position {nul})");
    }
}
