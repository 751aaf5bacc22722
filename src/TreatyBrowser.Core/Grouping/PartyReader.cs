using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Grouping;

/// <summary>
/// Reads a document's parties: the states and unions named in the sentences that refer to its agreement, weighted
/// toward the headline and lead where news names the parties. All of them, not two: a list of parties written together
/// ("Burkina Faso, Mali and Niger", "Australia, the UK and the US") keeps each one named about as often as the
/// second party; "the ten ASEAN member states" are the ten states the gazetteer lists; a place where the parties met
/// ("signed in Vienna") is not a party.
/// </summary>
internal sealed partial class PartyReader(CompiledLexicon lexicon, Gazetteer gazetteer)
{
    private readonly PeopleOfStates _people = new(gazetteer);

    // News puts the agreement's parties in the headline and the lead: a party named there counts for three.
    private const int LeadWeight = 3;
    private const int LeadSentences = 3;

    // A party beyond the second is kept when it is named in a list with the others and nearly as often, or in a list
    // in the headline or lead ("Egypt, Sudan and Ethiopia put their names to …") and at least half as often.
    private const double ListedShare = 0.75;
    private const double LeadListedShare = 0.5;

    // How many characters either side of a party's name its frame is read from.
    private const int Window = 48;

    // "signed in Vienna", "Speaking in Uruguay": the place, not a party.
    private Regex PlaceBefore { get; } = lexicon.Grammar(@"\b{placePrepositions}\s+(?:{definiteArticle}\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    // "a trip to Kyiv", "flew from Moscow": a capital after these is a place, not the state it can stand for.
    private Regex CityBefore { get; } = lexicon.Grammar(@"(?<!{cityPrepositionExceptions}\s)\b{cityPrepositions}\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    // "the ten ASEAN member states", "the four EFTA states": an organisation's members, counted, are the parties.
    private Regex CountBefore { get; } = lexicon.Grammar(@"\b(?:\d{1,2}|{memberCounts})\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    private Regex MembersAfter { get; } = lexicon.Grammar(@"^['’]?s?\s+(?:{memberNouns}\s+{memberGroupNouns}|{memberGroupsAlone})\b");

    // "the 27 member states of the EU".
    private Regex MembersBefore { get; } = lexicon.Grammar(@"\b(?:\d{1,2}|{memberCounts})\s+{memberNouns}(?:s|\s+{memberOfNouns})?\s+{memberOf}\s+(?:{definiteArticle}\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    // "brokered by Turkey and the United Nations", "mediated by Qatar": who made the deal possible, not who is bound.
    private Regex BrokerBefore { get; } = lexicon.Grammar(@"\b{brokerVerbs}\s+{brokerBy}\s+(?:{definiteArticle}\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    // "the U.S.-brokered deal", "Turkey and the UN brokered it".
    private Regex BrokerAfter { get; } = lexicon.Grammar(@"^(?:-|\s+){brokerAfterVerbs}\b", RegexOptions.IgnoreCase);

    // "Turkey and the United Nations": a second broker is joined by "and", not by a comma that may end the phrase
    // ("brokered by Washington, Morocco joined …").
    private Regex BrokerListGap { get; } = lexicon.Grammar(@"^\s*,?\s*(?:{partyListJoins}|&)\s+(?:{definiteArticle}\s+)?$", RegexOptions.IgnoreCase);

    // What may stand between two parties of one list: commas, "and", a dash or slash, "with", "alongside", "the".
    private Regex ListGap { get; } = lexicon.Grammar(@"^(?:\s*(?:,|\b{partyListWords}\b|&|/|–|—|-)\s*)+(?:{definiteArticle}\s+)?$", RegexOptions.IgnoreCase);

    /// <summary>
    /// The document's parties, strongest first, each with the sentence that names it; and its brokers or guarantors
    /// ("brokered by Turkey and the UN"), who are not parties.
    /// </summary>
    public (List<PartyRef> Parties, List<PartyRef> Brokers) Read(DocumentAnalysis analysis, NameReading names)
    {
        var brokers = new Dictionary<string, string>(StringComparer.Ordinal);
        var aboutOthers = names.Mentioned.Select(m => m.SentenceId).ToHashSet(StringComparer.Ordinal);
        // A sentence that writes the agreement's name or acronym refers to it as surely as one that says "treaty".
        var forms = names.Main is { } main ? names.Aliases.Prepend(main).SelectMany(n => new[] { n.Name, n.Acronym }).OfType<string>().ToList() : [];
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var position = 0;
        var seen = 0;
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var people = _people.Read(analysis.Document.Sentences.Select(s => s.Text));
        var withProvisions = analysis.Candidates.Select(c => c.Evidence.SentenceId).ToHashSet(StringComparer.Ordinal);
        foreach (var sentence in analysis.Document.Sentences.Where(s => s.Role != SentenceRole.Dateline))
        {
            var inLead = seen++ < LeadSentences;
            // Background is not where parties are named, except in the headline and lead, which name them first.
            var namesIt = forms.Any(f => sentence.Text.Contains(f, StringComparison.Ordinal));
            if ((analysis.ContextSentences.Contains(sentence.Id) && !(inLead && namesIt))
                || (!lexicon.TreatyWords.IsMatch(sentence.Text) && !withProvisions.Contains(sentence.Id) && !namesIt))
            {
                continue;
            }

            if (!aboutOthers.Contains(sentence.Id))
            {
                foreach (var broker in Brokers(sentence.Text))
                {
                    brokers.TryAdd(broker, sentence.Id);
                }
            }

            var mentions = Mentions(sentence.Text, expanded);
            mentions.RemoveAll(m => brokers.ContainsKey(m.Party));
            mentions.AddRange(PeopleIn(sentence.Text, people).Where(p => !mentions.Any(m => m.Party == p.Party)));
            var listed = Listed(sentence.Text, mentions);
            foreach (var (party, index, _, counted) in mentions.DistinctBy(m => m.Party))
            {
                if (!tallies.TryGetValue(party, out var tally))
                {
                    tallies[party] = tally = new Tally(party, position++, sentence.Id);
                }

                tally.Score += inLead ? LeadWeight : 1;
                tally.Listed |= listed.Contains(index);
                tally.LeadListed |= inLead && listed.Contains(index);
                tally.Counted |= counted;
                if (inLead && !tally.InLead)
                {
                    (tally.InLead, tally.SentenceId) = (true, sentence.Id);
                }
            }
        }

        // An organisation whose members the text counts out is not a party beside them; a member of a party
        // organisation named more often than it ("the EU … France") is not a party beside it.
        var ranked = tallies.Values.Where(t => !expanded.Contains(t.Party))
            .Where(t => !tallies.Values.Any(o => o.Score >= t.Score && !expanded.Contains(o.Party) && gazetteer.MembersOf(o.Party).Contains(t.Party)))
            .OrderByDescending(t => t.Score).ThenBy(t => t.First).ToList();
        ranked.RemoveAll(t => brokers.ContainsKey(t.Party));
        var second = ranked.Count > 1 ? ranked[1].Score : 0;
        List<PartyRef> parties = [.. ranked
            .Where((t, i) => i < 2 || t.Counted || (t.Listed && t.Score >= second * ListedShare) || (t.LeadListed && t.Score >= second * LeadListedShare))
            .Select(t => new PartyRef(t.Party, analysis.Document.Id, t.SentenceId))];
        return (parties, [.. brokers.Select(b => new PartyRef(b.Key, analysis.Document.Id, b.Value))]);
    }

    // States and organisations the sentence says brokered or guaranteed the deal, with those listed beside them.
    private IEnumerable<string> Brokers(string text)
    {
        var names = gazetteer.Names.Matches(text);
        var previous = (Broker: false, End: -1);
        foreach (var m in names)
        {
            if (gazetteer.Resolve(m.Value) is not { } resolved || gazetteer.IsRegion(resolved.Name))
            {
                continue;
            }

            var from = Math.Max(0, m.Index - Window);
            var end = m.Index + m.Length;
            var listedAfterBroker = previous.Broker && previous.End <= m.Index && BrokerListGap.IsMatch(text.AsSpan(previous.End, m.Index - previous.End));
            var broker = listedAfterBroker || BrokerBefore.IsMatch(text.AsSpan(from, m.Index - from))
                || BrokerAfter.IsMatch(text.AsSpan(end, Math.Min(Window, text.Length - end)));
            if (broker)
            {
                yield return resolved.Name;
            }

            previous = (broker, end);
        }
    }

    // Every party the sentence names, organisations' members where the text names the members, places left out.
    private List<(string Party, int Index, int End, bool Counted)> Mentions(string text, HashSet<string> expanded)
    {
        var found = new List<(string, int, int, bool)>();
        foreach (var (party, form, index) in gazetteer.PartiesIn(text))
        {
            // A few words either side decide: a window, matched from its end, keeps a long sentence linear.
            var from = Math.Max(0, index - Window);
            var before = text.AsSpan(from, index - from);
            var end = index + form.Length;
            var after = text.AsSpan(end, Math.Min(Window, text.Length - end));
            var isState = !gazetteer.IsPartyOrganisation(party);
            if (isState && (PlaceBefore.IsMatch(before) || (gazetteer.IsCapital(form) && CityBefore.IsMatch(before))))
            {
                continue;
            }

            var members = gazetteer.MembersOf(party);
            if (!members.IsEmpty && ((CountBefore.IsMatch(before) && MembersAfter.IsMatch(after)) || MembersBefore.IsMatch(before)))
            {
                expanded.Add(party);
                found.AddRange(members.Select(m => (m, index, index + form.Length, true)));
                continue;
            }

            found.Add((party, index, index + form.Length, false));
        }

        return found;
    }

    // "Starmer signs …": a person the article introduced with their state stands for it.
    private static IEnumerable<(string Party, int Index, int End, bool Counted)> PeopleIn(string text, Dictionary<string, string> people)
    {
        foreach (var (surname, state) in people)
        {
            var at = text.IndexOf(surname, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + surname.Length == text.Length || !char.IsLetter(text[at + surname.Length])))
            {
                yield return (state, at, at + surname.Length, false);
            }
        }
    }

    // The positions of mentions that stand in a list with another party ("Italy, Japan and the UK", "US-Saudi").
    private HashSet<int> Listed(string text, List<(string Party, int Index, int End, bool Counted)> mentions)
    {
        var listed = new HashSet<int>();
        for (var i = 1; i < mentions.Count; i++)
        {
            var (previous, next) = (mentions[i - 1], mentions[i]);
            if (previous.Index == next.Index || previous.Party == next.Party || previous.End > next.Index)
            {
                continue;
            }

            // "Finland, NATO's newest member": a possessive describes the party before it; it does not list another.
            var gap = text[previous.End..next.Index];
            var possessive = text.AsSpan(next.End).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(next.End).StartsWith("’s", StringComparison.Ordinal);
            if (gap.Length <= 60 && !possessive && ListGap.IsMatch(gap))
            {
                listed.Add(previous.Index);
                listed.Add(next.Index);
            }
        }

        return listed;
    }

    private sealed class Tally(string party, int first, string sentenceId)
    {
        public string Party { get; } = party;

        public int First { get; } = first;

        public int Score { get; set; }

        public bool Listed { get; set; }

        public bool Counted { get; set; }

        public bool LeadListed { get; set; }

        public bool InLead { get; set; }

        public string SentenceId { get; set; } = sentenceId;
    }
}
