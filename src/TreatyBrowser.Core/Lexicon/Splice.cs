namespace TreatyBrowser.Core.Lexicons;

/// <summary>Replaces matches found left to right, not overlapping, in one pass over the text.</summary>
internal static class Splice
{
    /// <summary><paramref name="text"/> with each of <paramref name="matches"/> (index, length) replaced by <paramref name="replacement"/>.</summary>
    public static string Replace<T>(string text, IReadOnlyList<T> matches, Func<T, (int Index, int Length)> span, Func<T, string> replacement)
    {
        if (matches.Count == 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var m in matches)
        {
            var (index, length) = span(m);
            result.Append(text, at, index - at).Append(replacement(m));
            at = index + length;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }
}
