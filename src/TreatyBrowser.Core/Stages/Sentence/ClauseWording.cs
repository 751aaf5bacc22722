using System.Collections.Frozen;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>
/// Words an open provision as a reader would quote it. The statement is a short, complete phrase in the article's own
/// words: frame words dropped from the front ("will", "agreed to"), asides and quote marks dropped, cut before a
/// trailing subordinate clause ("…, which …") and at a phrase boundary within twelve words, and a leading gerund turned
/// round ("removing tariffs on beef" gives "Tariffs on beef removed"). The id is at most five of the statement's words
/// as written — no stemming, no names of people or titles — so the same words give the same permalink on every load.
/// All the vocabulary comes from the lexicon.
/// </summary>
internal sealed partial class ClauseWording
{
    /// <summary>The most words a statement has.</summary>
    public const int StatementWords = 12;

    /// <summary>The most words an id has.</summary>
    public const int KeyWords = 5;

    private readonly CompiledLexicon _lexicon;
    private readonly Gazetteer _gazetteer;
    private readonly Regex _leads;
    private readonly Regex _subject;
    private readonly Regex _break;
    private readonly Regex _partySubject;
    private readonly Regex _absentLead;
    private readonly FrozenSet<string> _phraseStarts;
    private readonly FrozenDictionary<string, string> _participles;
    private readonly FrozenSet<string> _stopWords;

    public ClauseWording(CompiledLexicon lexicon, Gazetteer gazetteer)
    {
        _lexicon = lexicon;
        _gazetteer = gazetteer;
        var source = lexicon.Source;
        _leads = lexicon.Grammar(@"^(?:{statementLeads}\b[\s,]*)+", RegexOptions.IgnoreCase);
        _subject = lexicon.Grammar(@"^{statementSubjects}\s*", RegexOptions.IgnoreCase);
        _break = lexicon.Grammar(@"[,;:]?\s+{statementBreaks}\b|\s*[;:]\s", RegexOptions.IgnoreCase);
        _partySubject = lexicon.Grammar(@"^{partySubjects}$", RegexOptions.IgnoreCase);
        _absentLead = lexicon.Grammar(@"^{absentLeads}\s+(?:{absentDeterminers}\s+)?", RegexOptions.IgnoreCase);
        Shape = lexicon.Grammar(@"^(?<not>{negations}\s+)?(?<be>{beForms}\s+(?<participle>(?=(?:\w+{adverbEndings}\s+)?\w+{participleEndings}\b))?)?", RegexOptions.IgnoreCase);
        ThatClause = lexicon.Grammar(@"\b{reportedSpeechThat}\s+", RegexOptions.IgnoreCase);
        _phraseStarts = source.PhraseStarts.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _participles = source.Participles
            .Select(p => p.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToFrozenDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        _stopWords = source.KeyStopWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    // A paired aside: "(…)", "— … —", "– … –".
    [GeneratedRegex(@"\s*\([^()]*\)|\s+[—–]\s[^—–]*\s[—–](?=\s)")]
    private static partial Regex Aside();

    // What follows a modal: "not be cut", "be granted", "drop".
    private Regex Shape { get; }

    // "… said that": what a statement reports begins after it.
    private Regex ThatClause { get; }

    [GeneratedRegex(@"['’]s$")]
    private static partial Regex PossessiveS();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();

    /// <summary>
    /// The statement for the words of a provision as the article has them: <paramref name="phrase"/> from its frame on
    /// ("will be cut in half"), and the subject before the frame, if any ("tariffs on whisky"). A subject that is the
    /// parties or the agreement is left out; any other leads the statement, in nominal style ("Tariffs on whisky cut in
    /// half"). An absence reads "No …" ("does not include any arrangement for X" gives "No arrangement for X").
    /// </summary>
    public string Statement(string phrase, string? subject = null)
    {
        var text = _absentLead.Match(phrase.Trim()) is { Success: true } absent
            ? "no " + phrase.Trim()[absent.Length..]
            : _subject.Replace(_leads.Replace(phrase.Trim(), "", 1), "", 1);
        if (Subject(subject) is { } said)
        {
            // A passive gives the nominal style ("Duties on whisky cut in half"), an active the headline's ("The
            // pipeline to carry 50bn cubic metres of gas a year"); a negation stays with its subject.
            var shape = Shape.Match(phrase.TrimStart());
            var not = shape.Groups["not"].Success ? "not " : "";
            text = shape.Groups["be"].Success
                ? shape.Groups["participle"].Success ? $"{said} {not}{text}" : $"{said} {not}to be {text}"
                : $"{said} {not}to {text}";
        }

        text = WithoutQuoteMarks(Aside().Replace(text, ""));

        // An aside left open ("(including …", "— a long-time ally") ends the phrase where it opens.
        var open = text.IndexOfAny(['(', '—', '–']);
        text = open > 0 ? text[..open] : text;
        var cut = _break.Match(text);
        while (cut.Success && WordCount(text.AsSpan(0, cut.Index)) < 2)
        {
            cut = cut.NextMatch();
        }

        text = cut.Success ? text[..cut.Index] : text;
        var words = Shortened(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        text = string.Join(' ', TurnedRound(words)).Trim().TrimEnd('.', ',', ';', ':', '!', '?');
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The id of a statement: its first words that say what the provision is, lower case, hyphenated.</summary>
    public string Key(string statement)
    {
        var names = _gazetteer.Names.Matches(statement);
        var titles = _gazetteer.Titles.Matches(statement);
        bool Inside(IEnumerable<(int Index, int Length)> spans, Match word) => spans.Any(s => s.Index <= word.Index && word.Index + word.Length <= s.Index + s.Length);

        bool IsName(string value, Match word) =>
            Inside(titles.Select(t => (t.Index, t.Length)), word)
            || (char.IsUpper(value[0]) && value.Skip(1).Any(char.IsLower) && !Inside(names.Select(n => (n.Index, n.Length)), word) && !IsLexiconWord(value));

        var words = new List<string>();
        foreach (Match word in Word().Matches(statement))
        {
            // "Australia's" is "australia" in an id.
            var value = PossessiveS().Replace(word.Value, "").TrimEnd('\'', '’', '-');
            if (value.Length <= 2 || _stopWords.Contains(value) || Inside(titles.Select(t => (t.Index, t.Length)), word))
            {
                continue;
            }

            // A capitalised word that is neither a state, a bloc nor a word of the lexicon is a name: of a person above
            // all, whom a permalink should never carry.
            // The first word is capitalised anyway; it is a name when a name or title follows it ("Richard Marles").
            if (IsName(value, word) && (word.Index > 0 || (word.NextMatch() is { Success: true } next && IsName(next.Value, next))))
            {
                continue;
            }

            var lower = value.ToLowerInvariant();
            if (!words.Contains(lower))
            {
                words.Add(lower);
            }
        }

        // Five words of the address, counting the parts of a hyphenated word ("nuclear-powered" is two).
        var parts = 0;
        return Slug.From(string.Join(' ', words.TakeWhile(w => (parts += Slug.From(w).Split('-').Length) <= KeyWords)), 60);
    }

    // The subject a statement keeps: not the parties, not the agreement, not a speaker ("Wang added that China").
    private string? Subject(string? subject)
    {
        var text = subject is null ? "" : WithoutQuoteMarks(subject).Trim().TrimEnd(',', ';', ' ');
        text = _partySubject.IsMatch(text) ? "" : _leads.Replace(text, "", 1);
        // What was said is the subject, not who said it ("Wang added that China", "officials said the tariffs").
        var speeches = _lexicon.SpeechCues.Matches(text);
        var said = Math.Max(speeches.Count > 0 ? speeches[^1].Index + speeches[^1].Length : 0, ThatClause.Matches(text) is { Count: > 0 } that ? that[^1].Index + that[^1].Length : 0);
        text = _leads.Replace(text[said..].Trim(), "", 1);

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || _partySubject.IsMatch(text) || Participle(words[0].ToLowerInvariant()) is not null || _gazetteer.Names.Matches(text) is [{ Index: 0 }, ..]
            || _lexicon.TreatyWords.Matches(text) is { Count: > 0 } named && named[^1].Index + named[^1].Length == text.Length)
        {
            return null;
        }

        return text;
    }

    private bool IsLexiconWord(string word) =>
        _lexicon.Categories.Any(c => c.Cues.IsMatch(word)) || _lexicon.TreatyWords.IsMatch(word);

    // Quote marks are dropped rather than balanced: a statement never holds half a quotation. An apostrophe inside or at
    // the end of a word ("each other's", "parties’") stays.
    private static string WithoutQuoteMarks(string text)
    {
        var quoted = text.Contains('‘');
        var chars = new List<char>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var kept = c switch
            {
                '"' or '“' or '”' or '‘' or '«' or '»' => false,
                '’' or '\'' => (i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1])) || (!quoted && i > 0 && text[i - 1] == 's'),
                _ => true,
            };
            if (kept)
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }

    // Within twelve words, cut before the last word that starts a new phrase; never leave a dangling "and" or "of".
    private string[] Shortened(string[] words)
    {
        if (words.Length > StatementWords)
        {
            var at = Enumerable.Range(3, StatementWords - 2).LastOrDefault(i => _phraseStarts.Contains(words[i].Trim(',', ';')));
            words = words[..(at > 0 ? at : StatementWords)];
        }

        var end = words.Length;
        while (end > 1 && (_phraseStarts.Contains(words[end - 1].Trim(',', ';')) || words[end - 1] is "a" or "an" or "the"))
        {
            end--;
        }

        return words[..end];
    }

    // "reinforcing direct interbank partnerships" gives "direct interbank partnerships reinforced". A gerund with no
    // object after it ("working together") is left as it is.
    private string[] TurnedRound(string[] words)
    {
        // A list line opens with a capital ("Bolstering security ..."); a name that ends so ("Beijing") is not a gerund.
        var first = words.Length > 0 && words[0].Length > 1 && char.IsUpper(words[0][0]) && _gazetteer.Resolve(words[0]) is null
            ? char.ToLowerInvariant(words[0][0]) + words[0][1..]
            : words.Length > 0 ? words[0] : "";
        if (words.Length < 2 || Participle(first) is not { } participle
            || _phraseStarts.Contains(words[1]) || words[1].EndsWith("ly", StringComparison.Ordinal))
        {
            return words;
        }

        var start = words[1] is "the" or "a" or "an" ? 2 : 1;
        return start >= words.Length ? words : [.. words[start..], participle];
    }

    private string? Participle(string word)
    {
        if (!word.EndsWith("ing", StringComparison.Ordinal) || word.Length < 5 || !word.All(char.IsAsciiLetterLower) || _phraseStarts.Contains(word))
        {
            return null;
        }

        if (_participles.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        var stem = word[..^3];
        if (!stem.Any(c => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y'))
        {
            return null; // "bring", "thing": no gerund
        }

        // "supplying" gives "supplied", "creating" "created", "stopping" "stopped".
        return stem.Length > 2 && stem[^1] == 'y' && !"aeiou".Contains(stem[^2]) ? stem[..^1] + "ied" : stem + "ed";
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.Trim().Split(' '))
        {
            count++;
        }

        return text.Trim().IsEmpty ? 0 : count;
    }
}
