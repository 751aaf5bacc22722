namespace TreatyBrowser.Core;

/// <summary>Makes a string valid UTF-16 without moving any character, so offsets into it still hold.</summary>
public static class TextRepair
{
    /// <summary>
    /// <paramref name="text"/> with every lone surrogate replaced by U+FFFD (the same instance when there is none).
    /// Normalisation, JSON and HTML encoders all reject or mangle lone surrogates; one replacement character each is
    /// what a decoder would have produced.
    /// </summary>
    public static string ReplaceLoneSurrogates(string text, out int replaced)
    {
        replaced = 0;
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(text[i]))
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
                replaced++;
            }
        }

        return chars is null ? text : new string(chars);
    }
}
