using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// The news dateline that opens an article: "Tehran (Brussels Morning Newspaper) – ", "MOSCOW, May 3 (Agency) - ",
/// "London, Jan 11 (EFE).- ", "TOKYO, December 5. /TASS/. ", "London (Agencies) July 18, 2025: ". It gives the place,
/// the outlet, and the date as written (without a year where the dateline has none).
/// </summary>
/// <param name="End">Offset just past the dateline's dash.</param>
/// <param name="BodyStart">Offset where the first body sentence begins.</param>
/// <param name="Place">The city named, or null ("Feb. 16 (UPI) — ").</param>
/// <param name="Outlet">The outlet in brackets or slashes, if any.</param>
/// <param name="Date">The date the dateline writes, as written, or null.</param>
internal sealed partial record Dateline(int End, int BodyStart, string? Place, string? Outlet, string? Date)
{
    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";

    // Either an outlet or a place in capitals is required, so that "Russia – an old partner – ..." at the start of
    // a sentence is not mistaken for a dateline. It ends in a dash, a colon, or a stop before the first sentence.
    [GeneratedRegex(@"^(?:(?<place>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?:,\s(?<when>[\p{L}\d. ,]{1,30}?))?|(?<when>" + Month
        + @"\s\d{1,2}))(?:\s[–—]\s(?=\())?\s*(?:\((?<outlet>[^()\n]{2,60})\)|/(?<outlet>\p{L}{2,12})/)?\s*(?<when2>" + Month
        + @"\s\d{1,2},?\s(?:19|20)\d\d)?(?:\s*(?<dash>[–—]|--?|:)\s+|\.\s*(?<dash>-)\s*|\.\s+(?=\p{Lu}))")]
    private static partial Regex Pattern();

    /// <summary>The dateline at <paramref name="start"/>, or null where the paragraph has none.</summary>
    public static Dateline? Find(string text, int start, int end)
    {
        // A dateline needs an outlet in brackets or slashes, or a place in capitals (below): a paragraph with neither
        // a bracket, a slash nor a first word in capitals is none, and the loader asks of paragraphs until it finds
        // one, so most of a report's paragraphs are answered here without the pattern.
        var paragraph = text.AsSpan(start, end - start);
        if (paragraph.IndexOfAny('(', '/') < 0 && !OpensInCapitals(paragraph))
        {
            return null;
        }

        var match = Pattern().Match(text, start, end - start);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Success ? match.Groups["place"].Value : null;
        var outlet = match.Groups["outlet"].Success ? match.Groups["outlet"].Value.Trim() : null;

        // "BRUSSELS (May 19, 2025) —": the brackets hold the date, not an outlet.
        string? dateInBrackets = null;
        if (outlet is not null && Timeline.DateFinder.MayHoldFullDate(outlet)
            && Timeline.DateFinder.Find(outlet) is [{ Kind: Timeline.MentionKind.FullDate } only] && only.End - only.Start >= outlet.Length - 1)
        {
            (dateInBrackets, outlet) = (outlet, null);
        }

        var placeInCapitals = place is not null && place.Any(char.IsLetter) && place.Where(char.IsLetter).All(char.IsUpper);
        var dash = match.Groups["dash"];
        if (outlet is null && !placeInCapitals)
        {
            return null;
        }

        var when = dateInBrackets ?? (match.Groups["when2"].Success ? match.Groups["when2"].Value : match.Groups["when"].Success ? match.Groups["when"].Value.Trim(' ', ',', '.') : null);
        var displayPlace = placeInCapitals ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place!.ToLowerInvariant()) : place;
        var dashEnd = dash.Success ? dash.Index + dash.Length : match.Index + match.Length;
        return new Dateline(dashEnd, match.Index + match.Length, displayPlace, outlet, when);
    }

    // Whether the paragraph's first word (the letters, dots, apostrophes and hyphens a place is written with) starts
    // with a capital and has no small letter: "MOSCOW," and "U.S." do, "Moscow," and "The" do not.
    private static bool OpensInCapitals(ReadOnlySpan<char> paragraph)
    {
        if (paragraph.IsEmpty || !char.IsUpper(paragraph[0]))
        {
            return false;
        }

        foreach (var c in paragraph)
        {
            if (!(char.IsLetter(c) || c is '.' or '\'' or '’' or '-'))
            {
                break;
            }

            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
