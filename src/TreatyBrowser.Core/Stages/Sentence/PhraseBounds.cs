namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>Tidies a phrase's ends: no trailing full stop or space, and a quotation opened inside it is closed.</summary>
internal static class PhraseBounds
{
    public static (int Start, int End) Tidy(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var opens = text.AsSpan(start, end - start).Count('“') + text.AsSpan(start, end - start).Count('"');
        var closes = text.AsSpan(start, end - start).Count('”');
        if (opens > closes || text.AsSpan(start, end - start).Count('"') % 2 == 1)
        {
            // Reach the closing quote just after the phrase, with the stop it encloses: cooperation.”
            var close = text.IndexOfAny(['”', '"'], end);
            if (close >= 0 && close - end <= 2)
            {
                return (start, close + 1);
            }
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';'))
        {
            end--;
        }

        return (start, end);
    }
}
