using System.Collections.Frozen;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// Splits a paragraph into sentences on news prose: a full stop, question or exclamation mark (with any closing
/// quotes after it) followed by a space and a capital, except after abbreviations and initials.
/// </summary>
internal static class SentenceSplitter
{
    // Abbreviations that end with a full stop but rarely end a sentence.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Capt", "Cmdr", "Adm", "Sgt", "Sen", "Rep", "Gov", "Pres",
        "Amb", "Min", "St", "Jr", "Sr", "Rev", "Hon", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "No", "Nos", "Art", "Arts", "Sec", "Para", "Vol", "vs", "e.g", "i.e", "cf", "approx",
        "Inc", "Ltd", "Co", "Corp", "Dept", "Mt", "Ft",
    ], StringComparer.Ordinal);

    // After initials such as "U.S." a capitalised word usually continues the sentence ("U.N. Charter"),
    // unless it is a word that typically opens one.
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
    [
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "But", "And",
        "Yet", "So", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "Meanwhile",
        "Moreover", "However", "Both", "A", "An", "There", "Such", "Under", "According",
    ], StringComparer.Ordinal);

    private const string ClosingMarks = "\"'”’)]»";
    private const string OpeningMarks = "\"“‘'([«";

    /// <summary>Sentence ranges inside <c>text[start..end]</c>, trimmed, in order.</summary>
    public static List<TextSpanRange> Split(string text, int start, int end)
    {
        var sentences = new List<TextSpanRange>();
        var sentenceStart = SkipWhitespace(text, start, end);
        for (var i = sentenceStart; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var after = i + 1;
            while (after < end && (text[after] is '.' or '!' or '?' || ClosingMarks.Contains(text[after])))
            {
                after++;
            }

            // A run of marks ("...", "?!") is one ending: the scan goes on after it, so a line of 250,000 dots is
            // read once, not once from each dot (which took 36 s).
            var next = SkipWhitespace(text, after, end);
            if (after == end || next == after || next == end
                || !StartsSentence(text[next]) || (text[i] == '.' && IsAbbreviation(text, sentenceStart, i, next, end)))
            {
                i = after - 1;
                continue;
            }

            sentences.Add(new TextSpanRange(sentenceStart, after));
            sentenceStart = next;
            i = next - 1;
        }

        var last = TrimEnd(text, sentenceStart, end);
        if (last > sentenceStart)
        {
            sentences.Add(new TextSpanRange(sentenceStart, last));
        }

        return sentences;
    }

    /// <summary>The longest sentence read as one: news sentences run to a few hundred characters.</summary>
    public const int MaxLength = 2_000;

    /// <summary>
    /// <paramref name="ranges"/> with every range longer than <see cref="MaxLength"/> cut into pieces of at most that
    /// length, each ending at a space where there is one.
    /// </summary>
    public static List<TextSpanRange> Bounded(string text, List<TextSpanRange> ranges)
    {
        if (ranges.TrueForAll(r => r.End - r.Start <= MaxLength))
        {
            return ranges;
        }

        var pieces = new List<TextSpanRange>(ranges.Count + 1);
        foreach (var range in ranges)
        {
            var start = range.Start;
            while (range.End - start > MaxLength)
            {
                var space = text.LastIndexOf(' ', start + MaxLength - 1, MaxLength / 2);
                var end = space > start ? space : start + MaxLength;
                // Never between the two halves of a surrogate pair.
                end = char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
                pieces.Add(new TextSpanRange(start, TrimEnd(text, start, end)));
                start = SkipWhitespace(text, end, range.End);
            }

            if (range.End > start)
            {
                pieces.Add(new TextSpanRange(start, range.End));
            }
        }

        return pieces;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || OpeningMarks.Contains(c);

    private static bool IsAbbreviation(string text, int sentenceStart, int dot, int next, int end)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !OpeningMarks.Contains(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (Abbreviations.Contains(word))
        {
            return true;
        }

        // Initials: "U.N", "U.S", "V" (as in "Vladimir V. Putin").
        var isInitials = word.Length > 0 && word.Split('.').All(part => part.Length == 1 && char.IsUpper(part[0]));
        return isInitials && !SentenceOpeners.Contains(NextWord(text, next, end));
    }

    private static string NextWord(string text, int from, int end)
    {
        var to = from;
        while (to < end && char.IsLetter(text[to]))
        {
            to++;
        }

        return text[from..to];
    }

    private static int SkipWhitespace(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
