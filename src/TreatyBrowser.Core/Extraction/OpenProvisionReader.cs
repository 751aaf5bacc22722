using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// Reads provisions no catalogue entry names. In a sentence that reports what the agreement does (it names the
/// agreement, or has a commitment, prohibition, absence or claim frame), every list item with a category's cue and no
/// catalogue provision of that category becomes a candidate: its statement is the item's own words, trimmed to a clean
/// phrase, and its key a slug of those words' content, so the same words give the same permalink on every load.
/// </summary>
internal sealed partial class OpenProvisionReader(CompiledLexicon lexicon, Gazetteer gazetteer) : ISentenceStage
{
    private const int StatementWords = 16;
    private const int KeyWords = 5;

    private readonly ProvisionReader _provisions = new(lexicon, gazetteer);

    // Frame words at an item's start that are not the provision itself.
    [GeneratedRegex(@"^(?:(?:will|shall|would|could|may|might|must|also|both|jointly|further|to|not|be|is|are|agreed|agree[sd]?|undertakes?|pledged?|committed|commits?|vowed|aims?|seeks?|intended|designed|expected|set|it|they|which|that|and|or|the (?:deal|agreement|pact|treaty|accord|memorandum|document)|(?:says|said|states)(?: that)?)\b[\s,]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex FrameLead();

    // An item that is a condition ("if one nation faces an attack") or describes a party ("which face sanctions")
    // belongs to the provision beside it, not a provision of its own.
    [GeneratedRegex(@"^\W*(?:if|when|whenever|should|unless|in case|in the event|which|who|whose|where|including|such as|notably|particularly|especially|in particular)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAProvision();

    // "the two navies to coordinate": the subject of an infinitive is who is bound, not what they do.
    [GeneratedRegex(@"^(?:(?:the|both|each|all|its|their)\s+)?(?:two\s+|three\s+)?[\w-]+\s+to\s+(?=\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"[\p{L}][\p{L}'-]*")]
    private static partial Regex Word();

    public void Read(SentenceAnalysis sentence)
    {
        var folded = sentence.Folded;
        if (sentence.Sentence.Role != SentenceRole.Body)
        {
            return;
        }

        // A frame governs the items after it; a line after "contains these provisions:" is framed by that line.
        var frame = sentence.First(lexicon.ProvisionFrames);
        var framedByLead = sentence.Previous is { } previous && previous.Text.TrimEnd().EndsWith(':')
            && (lexicon.ProvisionFrames.IsMatch(previous.Text) || lexicon.TreatyWords.IsMatch(previous.Text));
        if (!frame.Success && !framedByLead && !sentence.Has(lexicon.TreatyWords))
        {
            return;
        }

        var masked = sentence.Masked(lexicon);
        ProvisionReader.SentenceContext? context = null;
        (List<Match> Absent, List<Match> Prohibitions)? modalityCues = null;
        foreach (var item in sentence.Items.Where(i => !NotAProvision().IsMatch(folded.AsSpan(i.Start, i.End - i.Start))))
        {
            // A catalogue provision already read here keeps the item; an item that narrates a signing reports an event.
            if (sentence.Candidates.Any(c => Overlaps(c.Evidence, item)) || lexicon.NarrationCues.IsMatch(folded.AsSpan(item.Start, item.End - item.Start)))
            {
                continue;
            }

            foreach (var (category, cues) in lexicon.Categories)
            {
                var cue = cues.Match(masked, item.Start, item.End - item.Start);
                if (!cue.Success)
                {
                    continue;
                }

                // The item's own words carry its modality wherever they stand in it ("information must not be passed").
                var (modality, cueStart) = _provisions.ModalityOf(sentence, (item.End, item.End), item, modalityCues ??= _provisions.ModalityCues(sentence));
                var start = SentenceItems.PhraseStart(folded, item, cue.Index, cueStart);
                var statement = Statement(sentence.Sentence.Text[StatementStart(folded, item, modality, start)..item.End]);
                var key = Key(statement);
                if (key.Length == 0)
                {
                    continue;
                }

                context ??= _provisions.ContextOf(sentence);
                sentence.Candidates.Add(context.Candidate(key, null, category, statement, start, item.End, modality));
            }
        }
    }

    // An absence keeps its words ("Stops short of a customs union"); any other statement starts after the first frame
    // that governs the cue ("will swap classified records" gives "Swap classified records").
    private int StatementStart(string folded, (int Start, int End) item, Modality modality, int phraseStart)
    {
        if (modality == Modality.Absent)
        {
            return phraseStart;
        }

        // The frame may follow a subject that holds the cue itself ("Both navies will coordinate ...").
        var frame = lexicon.ProvisionFrames.Match(folded, item.Start, item.End - item.Start);
        return frame.Success && frame.Index + frame.Length < item.End ? Math.Max(phraseStart, frame.Index + frame.Length) : phraseStart;
    }

    private static bool Overlaps(Evidence evidence, (int Start, int End) item) => evidence.Start < item.End && item.Start < evidence.End;

    /// <summary>The provision's own words: frame words dropped from the front, at most a few words, first letter capital.</summary>
    internal static string Statement(string phrase)
    {
        var text = Subject().Replace(FrameLead().Replace(phrase.Trim(), ""), "").Trim().TrimEnd('.', ',', ';', ':', '"', '”', '’', ')').TrimStart('"', '“', '(');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        text = string.Join(' ', words.Take(StatementWords)).TrimEnd(',', ';', ':') + (words.Length > StatementWords ? "…" : "");
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A slug of the statement's first content words, each reduced to a crude stem so "tariffs" and "tariff" agree.</summary>
    internal static string Key(string statement) =>
        Slug.From(string.Join(' ', ContentWords(statement).Take(KeyWords)), 60);

    /// <summary>The words that carry a statement's content: no stop or frame words, crude stems.</summary>
    internal static IEnumerable<string> ContentWords(string text) =>
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
