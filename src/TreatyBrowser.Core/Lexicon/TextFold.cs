namespace TreatyBrowser.Core.Lexicons;

/// <summary>
/// Folds typographic quotes and dashes to plain ones, keeping every character in place, so that a pattern's match
/// offsets in the folded text are the offsets in the sentence as written.
/// </summary>
internal static class TextFold
{
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '’' or '‘' or '`' or '′' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '‐' or '‑' => '-',
                _ => source[i],
            };
        }
    });
}
