namespace TreatyBrowser.Core.Loading;

/// <summary>Plain text: every non-empty line is a paragraph, trimmed of surrounding whitespace.</summary>
internal static class PlainTextParagraphs
{
    public static List<TextSpanRange> Read(string text, int from)
    {
        var paragraphs = new List<TextSpanRange>();
        var lineStart = from;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var start = lineStart;
            var end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                paragraphs.Add(new TextSpanRange(start, end));
            }

            lineStart = lineEnd + 1;
        }

        return paragraphs;
    }
}
