using System.Text;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Evaluation;

/// <summary>Finds the app's sentence for a labelled one, by the README's alignment rule.</summary>
internal static partial class TextAlignment
{
    // A leading dateline the app may have split off: "LONDON (AP) — ", "Beijing, May 3 (Xinhua) - " (score.py's
    // rule), or one that ends in a colon ("New Delhi (NVI): ").
    [GeneratedRegex(@"^.{0,40}?(?:[\u2014\u2013-]\s(?:\(\w+\)\s[\u2014\u2013-]\s)?|\(\w+\):\s)")]
    private static partial Regex LeadingDateline();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Lower-cased, NFKC, curly quotes straightened, whitespace collapsed.</summary>
    public static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"');
        return Whitespace().Replace(s, " ").Trim();
    }

    /// <summary>The sentence that starts with the label's words; else one that contains them; else one that starts with them without a leading dateline.</summary>
    public static Sentence? Find(IReadOnlyList<(Sentence Sentence, string Normalized)> sentences, string startsWith, bool isDateline)
    {
        // A body sentence whose label begins with its dateline is not the dateline the app split off (score.py would
        // align it there, because the dateline alone fills the first 30 characters).
        sentences = isDateline ? sentences : [.. sentences.Where(s => s.Sentence.Role != SentenceRole.Dateline)];
        var full = Normalize(startsWith);
        var key = full.Length > 30 ? full[..30] : full;
        var match = sentences.FirstOrDefault(s => s.Normalized.StartsWith(key, StringComparison.Ordinal)).Sentence
            ?? sentences.FirstOrDefault(s => s.Normalized.Contains(key, StringComparison.Ordinal)).Sentence;
        if (match is not null)
        {
            return match;
        }

        var rest = LeadingDateline().Replace(full, "", 1);
        if (rest.Length == 0 || rest == full)
        {
            return null;
        }

        var restKey = rest.Length > 20 ? rest[..20] : rest;
        // What follows a dateline is running text: a body sentence first, before a headline that starts alike.
        return sentences.OrderBy(s => s.Sentence.Role == SentenceRole.Body ? 0 : 1)
            .FirstOrDefault(s => s.Normalized.StartsWith(restKey, StringComparison.Ordinal)).Sentence;
    }
}
