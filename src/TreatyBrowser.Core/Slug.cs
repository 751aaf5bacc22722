using System.Globalization;
using System.Text;

namespace TreatyBrowser.Core;

/// <summary>URL-safe identifiers derived from stable inputs (names, file paths, key terms), never from positions.</summary>
public static class Slug
{
    /// <summary>Lower-case ASCII letters and digits joined by single hyphens: "Iran–Russia Treaty" gives "iran-russia-treaty".</summary>
    public static string From(string text, int maxLength = 80)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        // Normalising throws on a lone surrogate: repair first (it becomes U+FFFD, which a slug drops anyway).
        foreach (var c in TextRepair.ReplaceLoneSurrogates(text, out _).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        return slug.Length <= maxLength ? slug : slug[..maxLength].TrimEnd('-');
    }

    /// <summary>The longest id a route accepts: a slug of <see cref="From"/>'s default length plus a "-2" suffix.</summary>
    public const int MaxIdLength = 100;

    /// <summary>
    /// Whether <paramref name="id"/> is a well-formed id: lower-case ASCII letters and digits joined by single hyphens.
    /// Every route checks its ids with this, so nothing else (a path, "../", an encoded slash) reaches a page.
    /// </summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (!(char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || (c == '-' && id[i - 1] != '-')))
            {
                return false;
            }
        }

        return true;
    }
}
