using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>
/// The ids open provisions had before statements were reworded and ids stopped stemming (a blind "s" strip made
/// "marle" of "Marles"). Frozen on purpose — it must not follow the lexicon — so that a link pasted into an email
/// before the change still finds its clause: the clause page answers 301 from the id this gives.
/// </summary>
internal static partial class LegacyClauseIds
{
    private const int StatementWords = 16;
    private const int KeyWords = 5;

    /// <summary>The id the same words were given before.</summary>
    public static string Of(string phrase) => Key(Statement(phrase));

    // Frame words at an item's start that are not the provision itself.
    [GeneratedRegex(@"^(?:(?:will|shall|would|could|may|might|must|also|both|jointly|further|to|not|be|is|are|agreed|agree[sd]?|undertakes?|pledged?|" +
        @"committed|commits?|vowed|aims?|seeks?|intended|designed|expected|set|it|they|which|that|and|or|the " +
        @"(?:deal|agreement|pact|treaty|accord|memorandum|document)|(?:says|said|states)(?: that)?)\b[\s,]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex FrameLead();

    // "the two navies to coordinate": the subject of an infinitive is who is bound, not what they do.
    [GeneratedRegex(@"^(?:(?:the|both|each|all|its|their)\s+)?(?:two\s+|three\s+)?[\w-]+\s+to\s+(?=\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*")]
    private static partial Regex Word();

    /// <summary>The provision's own words: frame words dropped from the front, at most a few words, first letter capital.</summary>
    private static string Statement(string phrase)
    {
        var text = Subject().Replace(FrameLead().Replace(phrase.Trim(), ""), "").Trim().TrimEnd('.', ',', ';', ':', '"', '”', '’', ')').TrimStart('"', '“', '(');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        text = string.Join(' ', words.Take(StatementWords)).TrimEnd(',', ';', ':') + (words.Length > StatementWords ? "…" : "");
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A slug of the statement's first content words, each reduced to a crude stem so "tariffs" and "tariff" agree.</summary>
    private static string Key(string statement) =>
        Slug.From(string.Join(' ', ContentWords(statement).Take(KeyWords)), 60);

    /// <summary>The words that carry a statement's content: no stop or frame words, crude stems.</summary>
    private static IEnumerable<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant())
            .Select(m => m.Value.Trim('\'', '-'))
            .Where(w => w.Length > 2 && !StopWords.Contains(w))
            .Select(Stem)
            .Distinct();

    private static string Stem(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 5 ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 4 ? word[..^1]
        : word;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "these", "those", "from", "into", "onto", "over", "under", "their", "its", "his", "her",
        "our", "your", "they", "them", "there", "which", "who", "whom", "whose", "while", "will", "shall", "would", "could", "should", "may",
        "might", "must", "can", "also", "both", "each", "other", "another", "such", "any", "all", "some", "more", "most", "than", "then", "not",
        "are", "was", "were", "been", "being", "have", "has", "had", "does", "did", "but", "about", "between", "among", "within", "without",
        "through", "including", "include", "includes", "well", "two", "sides", "side", "countries", "country", "parties", "party", "nations",
        "said", "says", "told", "agreement", "agreed", "deal", "pact", "treaty", "accord", "memorandum", "document", "it's", "other's", "one",
        "upon", "per", "via", "across", "towards", "toward", "like", "just", "very", "new", "further", "make", "makes", "made",
    };
}
