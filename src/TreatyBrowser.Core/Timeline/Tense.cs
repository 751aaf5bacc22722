using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Timeline;

/// <summary>Whether a clause speaks of the future; news prose is past tense unless it says otherwise.</summary>
internal static partial class Tense
{
    [GeneratedRegex(@"\b(?:will|shall|won't|(?:is|are) (?:due|set|scheduled|planned|expected|going) (?:to|for|in|by)|scheduled for|plans? to|planned " +
        @"for|intends? to|is to|are to|next|upcoming|coming|expects?|starting|effective|as of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:was|were|had|did|took|came|went|began|met|held|\w{3,}ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Past();

    // "will be tabled": a participle after "be" is not the past tense.
    private static bool AfterBe(string sentence, int at) =>
        sentence.AsSpan(0, at).TrimEnd().EndsWith(" be", StringComparison.OrdinalIgnoreCase)
        || sentence.AsSpan(0, at).TrimEnd().EndsWith(" being", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="clause"/> is future; a clause with no tense of its own takes the sentence's.</summary>
    public static bool IsFuture(string clause, string sentence) =>
        Future().IsMatch(clause) || (!Past().IsMatch(clause) && Future().IsMatch(sentence));

    /// <summary>
    /// The tense of a date in its clause: the nearest tense marker before it ("will meet on Friday"), else the first
    /// after it ("on Thursday clinched a pact that will cut duties" is past), else the sentence's.
    /// </summary>
    public static bool IsFuture(string sentence, (int Start, int End) clause, int at)
    {
        var future = Future().Matches(sentence, clause.Start).Where(m => m.Index < clause.End).ToList();
        var markers = future.Select(m => (m.Index, Future: true))
            .Concat(Past().Matches(sentence, clause.Start)
                .Where(m => m.Index < clause.End && !AfterBe(sentence, m.Index) && !future.Any(f => m.Index >= f.Index && m.Index < f.Index + f.Length))
                .Select(m => (m.Index, Future: false)))
            .Where(m => m.Index < at || m.Index > at)
            .ToList();
        var before = markers.Where(m => m.Index < at).OrderByDescending(m => m.Index).FirstOrDefault();
        if (before != default)
        {
            return before.Future;
        }

        var after = markers.Where(m => m.Index > at).OrderBy(m => m.Index).FirstOrDefault();
        return after != default ? after.Future : Future().IsMatch(sentence);
    }
}
