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
        foreach (var c in text.Normalize(NormalizationForm.FormD))
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
}
