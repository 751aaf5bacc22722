using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Timeline;

/// <summary>Whether a clause speaks of the future; news prose is past tense unless it says otherwise.</summary>
internal static partial class Tense
{
    [GeneratedRegex(@"\b(?:will|shall|won't|is (?:due|set|scheduled|expected|going) to|are (?:due|set|scheduled|expected|going) to|plans? to|planned for|intends? to|is to|are to|next|upcoming|coming|expects?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:was|were|had|did|took|came|went|began|met|held|\w{3,}ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Past();

    /// <summary>True when <paramref name="clause"/> is future; a clause with no tense of its own takes the sentence's.</summary>
    public static bool IsFuture(string clause, string sentence) =>
        Future().IsMatch(clause) || (!Past().IsMatch(clause) && Future().IsMatch(sentence));
}
