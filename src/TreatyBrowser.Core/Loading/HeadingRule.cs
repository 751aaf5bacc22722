namespace TreatyBrowser.Core.Loading;

/// <summary>
/// In plain text a subheading is a short line of its own that is a single question or has no closing full stop:
/// "What does the deal really mean?" introduces what follows; it is not part of the running text.
/// </summary>
internal static class HeadingRule
{
    private const int MaxWords = 16;

    public static bool IsHeading(string text, TextSpanRange paragraph, int sentenceCount)
    {
        if (sentenceCount != 1)
        {
            return false;
        }

        var line = text.AsSpan(paragraph.Start, paragraph.End - paragraph.Start);
        var words = line.Count(' ') + 1;
        if (words > MaxWords)
        {
            return false;
        }

        var last = line[^1];
        return last == '?' || char.IsLetterOrDigit(last);
    }
}
