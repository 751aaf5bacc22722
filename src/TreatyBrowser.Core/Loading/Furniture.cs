using System.Text.RegularExpressions;
using TreatyBrowser.Core.Timeline;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// Page furniture saved with an article: a section label ("World", "• Politics"), a tag or share line, "Also read:
/// …", a byline, a date or time line. It keeps its place and permalink in the article, but it is not a heading of
/// the story and is shown as the small print it is.
/// </summary>
public static partial class Furniture
{
    private const int MaxSectionWords = 2;
    private const int MaxDateLineWords = 8;

    [GeneratedRegex(@"^(?:[•·▪►>|]\s*)?(?:Tags?|Also read|Read more|Read also|See also|Share|Follow|Text size|Photo|Image|Source|By|Updated|Published|Posted|Advertisement|Related)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")]
    private static partial Regex Word();

    /// <summary>True when <paramref name="line"/>, a line of its own, is page furniture rather than a heading.</summary>
    public static bool Is(string line)
    {
        var text = line.TrimStart('•', '·', '▪', '►', ' ');
        var words = Word().Count(text);
        if (words <= MaxSectionWords && !text.EndsWith('?'))
        {
            return true;
        }

        return Label().IsMatch(line) || line.Contains(" | ", StringComparison.Ordinal)
            || (words <= MaxDateLineWords && DateFinder.MayHoldFullDate(text) && DateFinder.Find(text).Any(d => d.Kind == MentionKind.FullDate));
    }
}
