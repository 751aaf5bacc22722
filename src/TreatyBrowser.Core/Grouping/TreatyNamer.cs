using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Grouping;

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
    // News repeats and leads with what it reports: a mention in the headline or lead counts for three.
    private const int LeadWeight = 3;
    private const int LeadSentences = 3;

    // A sentence that signs, ratifies or states a provision of the agreement reports it: a mention there counts for two.
    private const int ReportingWeight = 2;

    // The main name must be in the lead, in a sentence that reports it, or named at least twice outside a mention frame.
    private const int MinimumScore = 2;

    // How far before a name a mention frame may end ("joined the" … "North Atlantic Treaty").
    private const int FrameReach = 24;

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

        var defined = NameThenAcronym.Matches(text).Select(m => (Clean(m.Groups["name"].Value), (string?)m.Groups["acronym"].Value, m.Index + m.Length))
            .Concat(AcronymThenName.Matches(text).Select(m => (Clean(m.Groups["name"].Value), (string?)m.Groups["acronym"].Value, m.Index + m.Length)))
            .Concat(AcronymThenNameInParentheses.Matches(text).Select(m => (Clean(m.Groups["name"].Value), (string?)m.Groups["acronym"].Value, m.Index + m.Length)))
            .Concat(NameOrAcronym.Matches(text).Select(m => (Clean(m.Groups["name"].Value), (string?)m.Groups["acronym"].Value, m.Index + m.Length)))
            .Where(d => d.Item1.Contains(' ', StringComparison.Ordinal) && gazetteer.Resolve(d.Item2!) is null && !IsInstitution(d.Item1))
            .ToList();
        foreach (var (name, acronym, _) in defined)
        {
            yield return (name, acronym);
        }

        foreach (Match m in AcronymApposition.Matches(text))
        {
            var acronym = m.Groups["acronym"].Value;
            if (gazetteer.Resolve(acronym) is null && !defined.Any(d => d.Item2 == acronym))
            {
                yield return (acronym, acronym);
            }
        }

        foreach (Match m in QuotedName.Matches(text))
        {
            var name = TitleCase(m.Groups["name"].Value);
            if (name.Contains(' ', StringComparison.Ordinal) && !IsOnlyCountries(name))
            {
                yield return (name, null);
            }
        }

        foreach (Match m in ProperName.Matches(text))
        {
            var group = m.Groups["name"];
            var name = Clean(group.Value);
            if (name.Contains(' ', StringComparison.Ordinal) && !IsOnlyCountries(name) && !IsInstitution(name) && !OrganisationAfter.IsMatch(text.AsSpan(group.Index + group.Length).ToString())
                && !defined.Any(d => d.Item1.Contains(name, StringComparison.OrdinalIgnoreCase)))
            {
                yield return (name, InitialsAcronym(name, wholeText));
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

    private sealed record Found(string Name, string? Acronym, int Sentence);
}
