using System.Globalization;
using System.Text;

namespace TreatyBrowser.Web.Features.Analyze;

/// <summary>Why an article sent to be analysed is refused: the status to answer with, and a plain sentence.</summary>
public sealed record AnalyzeRefusal(int Status, string Title, string Message);

/// <summary>
/// Reads what is sent to be analysed, for the form and the API alike: one check per input (size, encoding, date,
/// emptiness), each with its own status, so neither caller has to guess a status from a message.
/// </summary>
public static class AnalyzeInput
{
    /// <summary>The largest article accepted, in UTF-8 bytes.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>413 when <paramref name="bytes"/> is over the limit.</summary>
    public static AnalyzeRefusal? Size(long bytes) => bytes > MaxBytes
        ? new(StatusCodes.Status413PayloadTooLarge, "Article too large", $"The article is {bytes:N0} bytes; the limit is {MaxBytes:N0} bytes (256 KB). Paste a single article.")
        : null;

    /// <summary>The text of UTF-8 bytes, or 400 when they are not UTF-8.</summary>
    public static (string? Text, AnalyzeRefusal? Refusal) Utf8(ReadOnlySpan<byte> bytes, string whatToDo)
    {
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, new(StatusCodes.Status400BadRequest, "Article not readable", $"The text is not UTF-8. {whatToDo}"));
        }
    }

    /// <summary>The publication date (<c>yyyy-MM-dd</c>, optional), or 400.</summary>
    public static (DateOnly? Date, AnalyzeRefusal? Refusal) Published(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, new(StatusCodes.Status400BadRequest, "Bad publication date", $"'{Shorten(value)}' is not a date like 2025-05-21."));
    }

    /// <summary>400 when there is nothing to analyse.</summary>
    public static AnalyzeRefusal? Empty(string text) => string.IsNullOrWhiteSpace(text)
        ? new(StatusCodes.Status400BadRequest, "No article", "Paste an article or choose a file first.")
        : null;

    // A value is quoted back to its sender: a sensible length of it.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
