using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Timeline;

/// <summary>Whether a stretch of text speaks of the future; news prose is past tense unless it says otherwise.</summary>
internal static partial class Tense
{
    [GeneratedRegex(@"\b(?:will|shall|won't|is (?:due|set|scheduled|expected|going) to|are (?:due|set|scheduled|expected|going) to|plans? to|planned for|intends? to|is to|are to|next|upcoming|coming)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    public static bool IsFuture(string clause) => Future().IsMatch(clause);
}
