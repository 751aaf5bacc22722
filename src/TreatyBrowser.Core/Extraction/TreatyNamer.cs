using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>What a document says its agreement is called, and which other agreements it only mentions.</summary>
/// <param name="Main">The name of the agreement the article reports, where it writes one.</param>
/// <param name="Aliases">Other names it gives the same agreement (its acronym alone, a shorter form).</param>
/// <param name="Mentioned">Other agreements it names: background, predecessors, agreements a party joins.</param>
public sealed record NameReading(AgreementName? Main, ImmutableArray<AgreementName> Aliases, ImmutableArray<AgreementName> Mentioned)
{
    /// <summary>A document that names no agreement.</summary>
    public static NameReading None { get; } = new(null, [], []);
}

/// <summary>
/// Reads agreement names from an article: a name defined with its acronym ("the Logistics Exchange Memorandum of
/// Agreement (LEMOA)", "LEMOA, the Logistics …", "BECA (Basic Exchange …)", "the GCAP International Government
/// Organisation, or GIGO"), an acronym in apposition to a treaty noun ("New START, the arms reduction pact"), or a
/// proper name ("the Treaty of Nancy"). The agreement the article reports is the name its headline and lead use and
/// it repeats; a name only written after "join", "replaces", "in accordance with", "the 1994 …" is another agreement
/// the article mentions, and never the treaty's name.
/// </summary>
internal sealed partial class TreatyNamer(CompiledLexicon lexicon, Gazetteer gazetteer)
{
    private const string Head = "Agreement|Treaty|Memorandum|Declaration|Pact|Accord|Accords|Partnership|Convention|Arrangement|Charter|Statement|Protocol|Compact";
    private const string Words = @"(?:[A-Z][\w'’.-]*\s+(?:(?:of|on|for|and|the|to|in|between|&)\s+)*)";
    private const string Tail = @"(?:\s+(?:of|on|for)(?:\s+(?:the\s+)?[A-Z][\w'’-]*)+)?";

    private static readonly System.Buffers.SearchValues<string> HeadWords =
        System.Buffers.SearchValues.Create(Head.Split('|'), StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Quotes = System.Buffers.SearchValues.Create("\"“‘'");

    // News repeats and leads with what it reports: a mention in the headline or lead counts for three.
    private const int LeadWeight = 3;
    private const int LeadSentences = 3;

    // A sentence that signs, ratifies or states a provision of the agreement reports it: a mention there counts for two.
    private const int ReportingWeight = 2;

    // The main name must be in the lead, in a sentence that reports it, or named at least twice outside a mention frame.
    private const int MinimumScore = 2;

    // How far before a name a mention frame may end ("joined the" … "North Atlantic Treaty").
    private const int FrameReach = 24;

    [GeneratedRegex(@"(?<name>" + Words + "{0,8}(?:" + Head + ")" + Tail + @")\s*\((?<acronym>[A-Z][A-Za-z0-9-]{1,9})\)")]
    private static partial Regex NameThenAcronym();

    [GeneratedRegex(@"\b(?<acronym>[A-Z][A-Z0-9-]{2,9}),\s+(?:the\s+)?(?<name>" + Words + "{1,8}(?:" + Head + ")" + Tail + ")")]
    private static partial Regex AcronymThenName();

    // "BECA (Basic Exchange and Cooperation Agreement)".
    [GeneratedRegex(@"\b(?<acronym>[A-Z][A-Z0-9-]{2,9})\s+\((?<name>" + Words + "{1,8}(?:" + Head + ")" + Tail + @")\)")]
    private static partial Regex AcronymThenNameInParentheses();

    // "the GCAP International Government Organisation, or GIGO,": a body the agreement sets up, named with its acronym.
    [GeneratedRegex(@"\b(?:the\s+)?(?<name>(?:[A-Z][\w'’.-]*\s+){1,7}(?:Organisation|Organization|Confederation|Alliance|Area|Union|Agreement|Treaty|Partnership))(?:,|\s)\s*or\s+(?:the\s+)?(?<acronym>[A-Z][A-Z0-9-]{2,9})\b")]
    private static partial Regex NameOrAcronym();

    // "New START, the nuclear arms reduction pact", "its free trade pact, the AfCFTA,": an acronym the text calls a treaty.
    [GeneratedRegex(@"(?<acronym>\b(?:New\s+)?[A-Z][a-z]?[A-Z][A-Za-z0-9-]{1,8}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,6}(?:treaty|pact|agreement|accord|deal|memorandum|convention)\b|\b(?:treaty|pact|agreement|accord|deal|memorandum|convention),\s+(?:the\s+)?(?<acronym>[A-Z][a-z]?[A-Z][A-Za-z0-9-]{1,8})\b")]
    private static partial Regex AcronymApposition();

    // "the Treaty of Nancy", "the Shusha Declaration", "a new Strategic Defense Agreement".
    // "the Treaty Establishing the East African Community", "the Agreement on Port State Measures": the noun, then its name.
    [GeneratedRegex(@"\b(?:the|The|a|A|new|New)\s+(?<name>(?:(?:[A-Z][\w'’-]*|\d+)\s+(?:(?:and|of|for|on)\s+)?){1,6}(?:" + Head + @")(?:\s+(?:of|on|for)(?:\s+[A-Z][\w'’-]*)+)?|(?:" + Head + @")(?:\s+(?:(?:of|on|for|and|the|to|between)\s+)*[A-Z][\w'’-]*){1,8})")]
    private static partial Regex ProperName();

    // "a three-way 'declaration of principles'", "a '100-year partnership'": news quotes the agreement's formal name,
    // which says what it is about or its term; "an important agreement" and "historic accord" are remarks, not names.
    [GeneratedRegex(@"[""“‘'](?<name>(?!(?:a|an|the|this|that|our|its)\s)(?:(?:[\w-]+\s+){0,5}(?:agreement|treaty|memorandum|declaration|pact|accord|partnership|convention|arrangement|charter|protocol|compact)\s+(?:of|on|for)(?:\s+[\w-]+){1,4}|(?:[\w-]+\s+){0,2}\d+[\w-]*\s+(?:[\w-]+\s+){0,2}(?:agreement|treaty|memorandum|declaration|pact|accord|partnership|convention|arrangement|charter|protocol|compact)))[""”’']", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedName();

    // Words that begin a capitalised run without being part of a name ("the 1994 North American …": the year is not).
    [GeneratedRegex(@"^(?:(?:The|A|An|This|That|Its|Their|New|Landmark|Historic|Key|Under|In|On|With|After|Before|Both|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Signing|Sign|Signed|(?:1[89]|20)\d\d)\s+)+")]
    private static partial Regex LeadWords();

    // "North Atlantic Treaty Organization": the agreement's name is part of an organisation's.
    [GeneratedRegex(@"^\s+(?:Organi[sz]ation|Secretariat|Council|Commission|Summit)\b")]
    private static partial Regex OrganisationAfter();

    [GeneratedRegex(@"[A-Z][A-Z0-9-]{2,9}")]
    private static partial Regex AllCaps();

    // A run of capitalised words (with small joining words) that an acronym may abbreviate.
    [GeneratedRegex(@"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|the)\s+)?[A-Z][\w'’-]*){2,9}")]
    private static partial Regex CapitalisedRun();

    /// <summary>The agreement names <paramref name="document"/> writes: the one it reports, its aliases, and the ones it mentions.</summary>
    public NameReading Read(SourceDocument document)
    {
        var sentences = document.Sentences.Where(s => s.Role != SentenceRole.Dateline).ToList();
        var found = new List<Found>();
        for (var i = 0; i < sentences.Count; i++)
        {
            found.AddRange(Names(sentences[i].Text, document.Text).Select(n => new Found(n.Name, n.Acronym, i)));
        }

        if (found.Count == 0)
        {
            return NameReading.None;
        }

        // An acronym used as a name ("the AfCFTA") is spelled out elsewhere ("the African Continental Free Trade Area").
        var bare = found.Where(f => f.Name == f.Acronym).Select(f => f.Acronym!).Distinct().ToList();
        for (var i = 0; bare.Count > 0 && i < sentences.Count; i++)
        {
            found.AddRange(SpelledOut(sentences[i].Text, bare).Select(n => new Found(n.Name, n.Acronym, i)));
        }

        var all = string.Join("\n", sentences.Select(s => s.Text));
        var agreements = Agreements(found, all);
        var scored = agreements.Select(a => (Agreement: a, Score: Score(a, sentences))).ToList();
        var main = scored.Where(s => s.Score >= MinimumScore).OrderByDescending(s => s.Score).ThenBy(s => s.Agreement[0].Sentence).FirstOrDefault();
        AgreementName Name(Found f) => new(f.Name, f.Acronym, document.Id, sentences[f.Sentence].Id);
        if (main.Agreement is null)
        {
            return new NameReading(null, [], [.. agreements.Select(a => Name(Best(a)))]);
        }

        var best = Best(main.Agreement);
        return new NameReading(
            Name(best),
            [.. main.Agreement.Where(f => f != best).DistinctBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Select(Name)],
            [.. agreements.Where(a => a != main.Agreement).Select(a => Name(Best(a)))]);
    }

    // Every name the sentence writes, with its acronym where it defines one.
    private IEnumerable<(string Name, string? Acronym)> Names(string text, string wholeText)
    {
        // Most sentences of a report name nothing: a name needs a capitalised treaty noun, an acronym, or a quote.
        if (text.AsSpan().IndexOfAny(HeadWords) < 0 && !HasAcronym(text) && text.AsSpan().IndexOfAny(Quotes) < 0)
        {
            yield break;
        }

        var defined = NameThenAcronym().Matches(text).Select(m => (Clean(m.Groups["name"].Value), (string?)m.Groups["acronym"].Value, m.Index + m.Length))
            .Concat(AcronymThenName().Matches(text).Select(m => (Clean(m.Groups["name"].Value), (string?)m.Groups["acronym"].Value, m.Index + m.Length)))
            .Concat(AcronymThenNameInParentheses().Matches(text).Select(m => (Clean(m.Groups["name"].Value), (string?)m.Groups["acronym"].Value, m.Index + m.Length)))
            .Concat(NameOrAcronym().Matches(text).Select(m => (Clean(m.Groups["name"].Value), (string?)m.Groups["acronym"].Value, m.Index + m.Length)))
            .Where(d => d.Item1.Contains(' ', StringComparison.Ordinal) && gazetteer.Resolve(d.Item2!) is null && !IsInstitution(d.Item1))
            .ToList();
        foreach (var (name, acronym, _) in defined)
        {
            yield return (name, acronym);
        }

        foreach (Match m in AcronymApposition().Matches(text))
        {
            var acronym = m.Groups["acronym"].Value;
            if (gazetteer.Resolve(acronym) is null && !defined.Any(d => d.Item2 == acronym))
            {
                yield return (acronym, acronym);
            }
        }

        foreach (Match m in QuotedName().Matches(text))
        {
            var name = TitleCase(m.Groups["name"].Value);
            if (name.Contains(' ', StringComparison.Ordinal) && !IsOnlyCountries(name))
            {
                yield return (name, null);
            }
        }

        foreach (Match m in ProperName().Matches(text))
        {
            var group = m.Groups["name"];
            var name = Clean(group.Value);
            if (name.Contains(' ', StringComparison.Ordinal) && !IsOnlyCountries(name) && !IsInstitution(name) && !OrganisationAfter().IsMatch(text.AsSpan(group.Index + group.Length).ToString())
                && !defined.Any(d => d.Item1.Contains(name, StringComparison.OrdinalIgnoreCase)))
            {
                yield return (name, InitialsAcronym(name, wholeText));
            }
        }
    }

    // Two capitals in a row, or a capital, a small letter and a capital ("AfCFTA"): a possible acronym.
    private static bool HasAcronym(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsAsciiLetterUpper(text[i]) && (char.IsAsciiLetterUpper(text[i - 1]) || (i > 1 && char.IsAsciiLetterLower(text[i - 1]) && char.IsAsciiLetterUpper(text[i - 2]))))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Name, string Acronym)> SpelledOut(string text, List<string> acronyms)
    {
        foreach (Match m in CapitalisedRun().Matches(text))
        {
            var run = Clean(m.Value);
            var initials = string.Concat(run.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (acronyms.FirstOrDefault(a => initials.Length >= 3 && string.Concat(a.Where(char.IsUpper)) == initials) is { } acronym)
            {
                yield return (run, acronym);
            }
        }
    }

    // One agreement per acronym, or per name where none is given; a name without an acronym joins the acronym it spells.
    private static List<List<Found>> Agreements(List<Found> found, string text)
    {
        var groups = new List<List<Found>>();
        foreach (var f in found)
        {
            var group = groups.Find(g => g.Any(o =>
                (f.Acronym is not null && string.Equals(o.Acronym, f.Acronym, StringComparison.OrdinalIgnoreCase))
                || string.Equals(Slug.From(o.Name), Slug.From(f.Name), StringComparison.Ordinal)
                || (f.Acronym is null && o.Name.Contains(f.Name, StringComparison.OrdinalIgnoreCase))));
            if (group is null)
            {
                groups.Add([f]);
            }
            else
            {
                group.Add(f);
            }
        }

        return groups;
    }

    // Sentences that name the agreement (by any of its names or its acronym), the lead counting more; none in a mention frame.
    private int Score(List<Found> agreement, List<Sentence> sentences)
    {
        var forms = agreement.Select(f => f.Name).Concat(agreement.Select(f => f.Acronym).OfType<string>()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var score = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i].Text;
            var at = forms.Select(f => Find(text, f)).Where(x => x >= 0).DefaultIfEmpty(-1).Min();
            if (at < 0)
            {
                continue;
            }

            // An article that leads with a state joining an agreement reports that accession; further down, joining
            // is background. Once the article calls it another agreement ("takes the place of the 1994 NAFTA"), its
            // other mentions are of that other agreement too.
            var inLead = i < LeadSentences;
            if ((!inLead && Framed(lexicon.AccessionFrames, text, at)) || Framed(lexicon.MentionedAgreementFrames, text, at))
            {
                score -= LeadWeight;
                continue;
            }

            score += inLead ? LeadWeight : Reports(text) ? ReportingWeight : 1;
        }

        return score;
    }

    private static int Find(string text, string form)
    {
        var at = text.IndexOf(form, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + form.Length >= text.Length || !char.IsLetterOrDigit(text[at + form.Length]);
            if (before && after)
            {
                return at;
            }

            at = text.IndexOf(form, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return -1;
    }

    private bool Reports(string text) => lexicon.EventVerbs.IsMatch(text) || lexicon.ProvisionFrames.IsMatch(text);

    private static bool Framed(CuePattern frames, string text, int at)
    {
        var from = Math.Max(0, at - 60);
        var before = text[from..at];
        return frames.Matches(before).Any(m => m.Index + m.Length >= before.Length - FrameReach
            && !before[(m.Index + m.Length)..].AsSpan().ContainsAny(",;:"));
    }

    // The longest name of the agreement, with its acronym.
    private static Found Best(List<Found> agreement)
    {
        var acronym = agreement.Select(f => f.Acronym).FirstOrDefault(a => a is not null);
        var best = agreement.OrderByDescending(f => f.Name.Length).First();
        return best with { Acronym = best.Acronym ?? acronym };
    }

    // "Government of National Accord": a body that acts for a state, not an agreement.
    private bool IsInstitution(string name) => gazetteer.Institutions.Match(name) is { Success: true, Index: 0 };

    // "declaration of principles" as a name: "Declaration of Principles".
    private static string TitleCase(string phrase) => string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select((w, i) => i > 0 && w is "of" or "on" or "for" or "and" or "the" ? w : string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]))));

    private static string Clean(string name) => LeadWords().Replace(name.Trim(), "").Replace('’', '\'').Trim();

    // "Comprehensive and Progressive Agreement for Trans-Pacific Partnership" spells CPTPP, which the text uses.
    private static string? InitialsAcronym(string name, string text)
    {
        var initials = string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        foreach (Match m in AllCaps().Matches(text))
        {
            if (m.Value.Length >= 3 && m.Value[0] == initials.FirstOrDefault() && m.Value[^1] == initials.LastOrDefault() && IsSubsequence(m.Value, initials))
            {
                return m.Value;
            }
        }

        return null;
    }

    private static bool IsSubsequence(string shorter, string longer)
    {
        var i = 0;
        foreach (var c in longer)
        {
            if (i < shorter.Length && shorter[i] == c)
            {
                i++;
            }
        }

        return i == shorter.Length && shorter.Length * 10 >= longer.Length * 6;
    }

    // "Iran-Russia Treaty", "US Agreement", "Joint Statement": states and a plain word name no particular agreement;
    // "US-Saudi Strategic Defense Agreement" and "Treaty of Nancy" do.
    private bool IsOnlyCountries(string name)
    {
        var words = name.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries);
        var own = words.Take(words.Length - 1).Where(w => gazetteer.Resolve(w) is null && w is not ("and" or "of" or "the")).ToList();
        var plain = own.Count(w => PlainWords.Contains(w));
        var hasState = words.Any(w => gazetteer.Resolve(w) is not null);
        return hasState ? own.Count < 2 : own.Count - plain < 1 && own.Count < 2;
    }

    private static readonly HashSet<string> PlainWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Joint", "Strategic", "Comprehensive", "Bilateral", "Trade", "Security", "Defence", "Defense", "Free", "Economic",
        "Cooperation", "Military", "Partnership", "Trilateral", "Multilateral", "Framework", "Final", "Interim",
    };

    private sealed record Found(string Name, string? Acronym, int Sentence);
}

/// <summary>An agreement's name as one sentence writes it.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Acronym">Its acronym, where the text gives one.</param>
/// <param name="DocumentId">The document.</param>
/// <param name="SentenceId">The sentence that writes it.</param>
public sealed record AgreementName(string Name, string? Acronym, string DocumentId, string SentenceId)
{
    /// <summary>"Name (ACRONYM)", or the name alone.</summary>
    public string Display => Acronym is null || string.Equals(Name, Acronym, StringComparison.Ordinal) ? Name : $"{Name} ({Acronym})";
}
