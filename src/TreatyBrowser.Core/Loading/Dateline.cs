using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// The news dateline that opens an article: "Tehran (Brussels Morning Newspaper) – " or "MOSCOW, May 3 (Agency) - ".
/// It gives the place and, in brackets, the outlet.
/// </summary>
/// <param name="End">Offset just past the dateline's dash.</param>
/// <param name="BodyStart">Offset where the first body sentence begins.</param>
/// <param name="Place">The city named.</param>
/// <param name="Outlet">The outlet in brackets, if any.</param>
internal sealed partial record Dateline(int End, int BodyStart, string Place, string? Outlet)
{
    // Either an outlet in brackets or a place in capitals is required, so that "Russia – an old partner – ..."
    // at the start of a sentence is not mistaken for a dateline.
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?:, [\p{L}\d. ]{1,30})?\s*(?:\((?<outlet>[^()\n]{2,60})\))?\s+(?<dash>[–—]|--?)\s+")]
    private static partial Regex Pattern();

    /// <summary>The dateline at <paramref name="start"/>, or null where the paragraph has none.</summary>
    public static Dateline? Find(string text, int start, int end)
    {
        var match = Pattern().Match(text[start..end]);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value;
        var outlet = match.Groups["outlet"].Success ? match.Groups["outlet"].Value.Trim() : null;
        var placeInCapitals = place.Any(char.IsLetter) && place.Where(char.IsLetter).All(char.IsUpper);
        if (outlet is null && !placeInCapitals)
        {
            return null;
        }

        var dash = match.Groups["dash"];
        var displayPlace = placeInCapitals ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant()) : place;
        return new Dateline(start + dash.Index + dash.Length, start + match.Length, displayPlace, outlet);
    }
}
