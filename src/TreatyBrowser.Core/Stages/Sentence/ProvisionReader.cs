using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>
/// Reads the provisions one sentence reports: which lexicon provisions its items match, with what modality, the
/// exact phrase, and who is said to report it. A sentence without a provision frame (a modal, "does not include",
/// another agreement taking effect) yields nothing, however many cue words it holds.
/// </summary>
internal sealed partial class ProvisionReader(CompiledLexicon lexicon, Gazetteer gazetteer) : ISentenceStage
{
    public StageData Writes => StageData.Candidates;

    private readonly BackgroundTest _background = new(lexicon);

    public void Read(SentenceAnalysis sentence)
    {
        // A headline announces; the body states the provisions.
        if (sentence.Sentence.Role == SentenceRole.Body)
        {
            sentence.Candidates.AddRange(Provisions(sentence));
        }
    }

    // "a mutual defence clause was not included" puts the absence after the provision.
    private Regex AbsentAfter { get; } = lexicon.Grammar(@"\G[^,;]{0,30}?\b(?<cue>{absentAfterAuxiliaries} {absentAfterStates})\b", RegexOptions.IgnoreCase);

    private Regex BetweenParties { get; } = lexicon.Grammar(@"\b{betweenWords} ((?:(?!\b{relatedAgreementVerbs}\b)[^,;.])+?)\s+{relatedAgreementVerbs}\b", RegexOptions.IgnoreCase);

    // "A separate memorandum on maritime security was signed" names itself "memorandum on maritime security".
    private Regex AgreementName { get; } = lexicon.Grammar(@"^{otherAgreementArticles}?\s*{otherAgreementKinds}?\s*(.+?)(?=\s+(?:{betweenWords}|" +
        @"{relatedAgreementPartners}|{relatedAgreementVerbs})\b)", RegexOptions.IgnoreCase);

    private Regex MutualSubject { get; } = lexicon.Grammar(@"\b{mutualSubjects}\b", RegexOptions.IgnoreCase);

    /// <summary>The provisions a body sentence reports.</summary>
    private List<ClauseCandidate> Provisions(SentenceAnalysis sentence)
    {
        var folded = sentence.Folded;
        var (absent, prohibitions) = ModalityCues(sentence);
        var related = sentence.First(lexicon.RelatedFrames);
        if (absent.Count == 0 && prohibitions.Count == 0 && !related.Success && !sentence.Has(lexicon.CommitmentFrames))
        {
            return [];
        }

        var context = ContextOf(sentence);
        var matches = ProvisionMatches(folded);
        var items = sentence.Items;
        if (related.Success)
        {
            return Related(context, related, matches, items) is { } candidate ? [candidate] : [];
        }

        var phrases = new List<Phrase>();
        Phrase? previous = null;
        foreach (var item in items)
        {
            var inItem = matches.Where(m => m.Start >= item.Start && m.Start < item.End).ToList();
            if (inItem.Count == 0)
            {
                previous = ContinuesPrevious(folded, item, previous) ? previous!.Extend(item.End) : null;
                continue;
            }

            for (var i = 0; i < inItem.Count; i++)
            {
                var match = inItem[i];
                if (_background.Background(sentence, item) || _background.Reaction(sentence, match.Start))
                {
                    continue;
                }

                var reading = ModalityOf(sentence, (match.Start, match.End), item, (absent, prohibitions));
                var start = sentence.PhraseStart(item, match.Start, reading.CueStart);
                var end = i + 1 < inItem.Count ? Math.Max(match.End, inItem[i + 1].Start) : Math.Max(match.End, item.End);
                var existing = phrases.Find(p => p.Definition == match.Definition);
                if (existing is null)
                {
                    phrases.Add(previous = new Phrase(match.Definition, start, end, reading));
                }
                else
                {
                    previous = existing.Include(start, end);
                }
            }
        }

        return [.. phrases.Select(p => context.Candidate(p.Definition.Id, p.Definition, p.Definition.Category, p.Definition.Statement, p.Start, p.End, p.Reading))];
    }

    /// <summary>What every candidate of a sentence shares: its attributions and the one party it binds, if one.</summary>
    internal SentenceContext ContextOf(SentenceAnalysis sentence) =>
        new(sentence.Document.Id, sentence.Sentence, sentence.Folded, [.. sentence.Hits(lexicon.Attributions)], NamedParty(sentence));

    /// <summary>The absence and prohibition cues of a sentence, found once for all its provisions.</summary>
    internal (List<Match> Absent, List<Match> Prohibitions) ModalityCues(SentenceAnalysis sentence) =>
    (
        [.. sentence.Hits(lexicon.AbsentCues)],
        [.. sentence.Hits(lexicon.ProhibitionCues).Where(m => !sentence.Folded.AsSpan(m.Index + m.Length).TrimStart().StartsWith("only", StringComparison.OrdinalIgnoreCase))]
    );

    /// <summary>
    /// The modality of a provision matched at <paramref name="match"/>, with the words that decided it: absent,
    /// prohibition, or commitment; a commitment only reported as an expectation or forecast, with no binding frame, is
    /// a claim.
    /// </summary>
    internal ModalityReading ModalityOf(SentenceAnalysis sentence, (int Start, int End) match, (int Start, int End) item, (List<Match> Absent, List<Match> Prohibitions) cues)
    {
        var reading = ModalityOf(sentence.Folded, match, item, cues.Absent, cues.Prohibitions);
        if (reading.Modality != Modality.Commitment)
        {
            return reading;
        }

        if (ClaimCue(sentence) is { } claim)
        {
            return reading with { Modality = Modality.Claim, Cue = claim };
        }

        // The frame that governs the provision: the nearest before it ("will" in "it says both will take part in
        // joint exercises"), else what binds the sentence ("under the deal").
        var frame = sentence.Hits(lexicon.CommitmentFrames).LastOrDefault(f => f.Index < match.Start);
        frame ??= sentence.First(lexicon.BindingFrames) is { Success: true } binding ? binding : sentence.First(lexicon.CommitmentFrames);
        return reading with { Cue = frame.Success ? frame.Value : null };
    }

    // A claim: an expectation, forecast or one side's description, with nothing that says the parties are bound.
    // Reported speech alone ("officials said the two will...") does not make a claim: what is said is often the term
    // itself, and it puts "will" into "would". A party that "would" act, in reported speech ("Japan, the president
    // said, would invest $550 billion"), states its term; the deal that "would let" them is one side's description.
    // "Would boost" is a forecast either way.
    private string? ClaimCue(SentenceAnalysis sentence)
    {
        if (sentence.Has(lexicon.BindingFrames))
        {
            return null;
        }

        var reported = sentence.Has(lexicon.SpeechCues);
        var hits = sentence.Hits(lexicon.ClaimCues);
        return hits.FirstOrDefault(m => !(IsWould(m) ? reported && PartyActs(sentence.Folded, m.Index, hits) : IsWill(m) && PartyActs(sentence.Folded, m.Index, hits)))?.Value;
    }

    private static bool IsWould(Match m) => m.Value.Equals("would", StringComparison.OrdinalIgnoreCase);

    // "China will help the Solomon Islands strengthen ...": what a party will do is its undertaking, not a forecast.
    private static bool IsWill(Match m) => m.Value.StartsWith("will ", StringComparison.OrdinalIgnoreCase);

    // Whether the words just before <paramref name="at"/> are a party or the parties, an aside like ", the president
    // said," apart; "and would" shares the subject of the "would" before it.
    private bool PartyActs(string folded, int at, IReadOnlyList<Match> hits)
    {
        var before = Aside().Replace(folded[..at], "").TrimEnd();
        if (before.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" or", StringComparison.OrdinalIgnoreCase))
        {
            return hits.LastOrDefault(m => m.Index < at && IsWould(m)) is { } earlier && PartyActs(folded, earlier.Index, hits);
        }

        if (MutualSubject.Match(before) is { Success: true } mutual && before.Length - (mutual.Index + mutual.Length) < 12)
        {
            return true;
        }

        var party = gazetteer.PartiesIn(before).LastOrDefault();
        return party.Form is not null && before.Length == party.Index + party.Form.Length;
    }

    [GeneratedRegex(@",[^,]{1,60},\s*$")]
    private static partial Regex Aside();

    private List<ProvisionMatch> ProvisionMatches(string folded)
    {
        var all = new List<ProvisionMatch>();
        foreach (var (definition, pattern) in lexicon.Provisions)
        {
            foreach (Match m in pattern.Matches(folded))
            {
                all.Add(new ProvisionMatch(definition, m.Index, m.Index + m.Length));
            }
        }

        // Where two provisions claim overlapping words, the longer match is the more specific reading.
        var kept = new List<ProvisionMatch>();
        foreach (var m in all.OrderByDescending(m => m.End - m.Start).ThenBy(m => m.Start))
        {
            if (!kept.Any(k => k.Start < m.End && m.Start < k.End && k.Definition != m.Definition))
            {
                kept.Add(m);
            }
        }

        return [.. kept.OrderBy(m => m.Start)];
    }

    private ModalityReading ModalityOf(string folded, (int Start, int End) match, (int Start, int End) item, List<Match> absent, List<Match> prohibitions)
    {
        // An absence cue governs what follows it up to the next comma or semicolon.
        var absentCue = absent.LastOrDefault(a => a.Index + a.Length <= match.Start && folded.IndexOfAny([',', ';'], a.Index, match.Start - a.Index) < 0);
        if (absentCue is not null)
        {
            return new(Modality.Absent, absentCue.Index, absentCue.Value);
        }

        if (AbsentAfter.Match(folded, match.End, item.End - match.End) is { Success: true } after)
        {
            return new(Modality.Absent, -1, after.Groups["cue"].Value);
        }

        var prohibition = prohibitions.LastOrDefault(p => p.Index >= item.Start && p.Index + p.Length <= match.Start);
        return prohibition is not null ? new(Modality.Prohibition, prohibition.Index, prohibition.Value) : new(Modality.Commitment, -1, null);
    }

    // An item with no provision of its own ("and collaborate more closely") continues the one before it,
    // unless it brings a category or an absence of its own.
    private bool ContinuesPrevious(string folded, (int Start, int End) item, Phrase? previous)
    {
        if (previous is null)
        {
            return false;
        }

        var slice = folded[item.Start..item.End];
        return !lexicon.Categories.Any(c => c.Cues.IsMatch(slice)) && !lexicon.AbsentCues.IsMatch(slice) && !lexicon.TreatyWords.IsMatch(slice);
    }

    private ClauseCandidate? Related(SentenceContext context, Match related, List<ProvisionMatch> matches, IReadOnlyList<(int Start, int End)> items)
    {
        var definition = matches.FirstOrDefault(m => m.Start >= related.Index && m.Start < related.Index + related.Length).Definition
            ?? matches.FirstOrDefault().Definition;
        var category = definition?.Category ?? lexicon.Categories.FirstOrDefault(c => c.Cues.IsMatch(context.Folded)).Name;
        if (category is null)
        {
            return null;
        }

        var between = BetweenParties.Match(context.Folded, related.Index, related.Length);
        var partiesText = between.Success ? context.Sentence.Text.Substring(between.Groups[1].Index, between.Groups[1].Length).Trim() : null;
        var name = AgreementName.Match(context.Sentence.Text, related.Index, related.Length);
        var ownName = name.Success ? name.Groups[1].Value.Trim() : "related agreement";
        var statement = (definition?.Statement ?? char.ToUpperInvariant(ownName[0]) + ownName[1..]) + (partiesText is null ? "" : $" between {partiesText}");
        var key = definition?.Id ?? (Slug.From(ownName, 60) is { Length: > 0 } slug ? slug : "related-agreement");

        // The phrase runs from the other agreement to the end of the last item that reports its effects.
        var end = related.Index + related.Length;
        foreach (var m in matches.Where(m => m.Start >= end))
        {
            end = Math.Max(end, items.FirstOrDefault(i => m.Start >= i.Start && m.Start < i.End).End);
        }

        end = Math.Max(end, items.FirstOrDefault(i => related.Index + related.Length > i.Start && related.Index + related.Length <= i.End).End);
        return context.Candidate(key, definition, category, statement, related.Index, end, new ModalityReading(Modality.Related, related.Index, related.Value));
    }

    // The one party a sentence binds, when its subject names a single country ("Russia will supply ...").
    private string? NamedParty(SentenceAnalysis sentence)
    {
        var folded = sentence.Folded;
        var modal = sentence.First(lexicon.CommitmentFrames);
        var subject = modal.Success ? folded[..modal.Index] : folded;
        if (MutualSubject.IsMatch(subject))
        {
            return null;
        }

        var countries = gazetteer.CountriesIn(subject).Select(c => c.Country).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    private sealed class Phrase(ProvisionDefinition definition, int start, int end, ModalityReading reading)
    {
        public ProvisionDefinition Definition { get; } = definition;

        public int Start { get; private set; } = start;

        public int End { get; private set; } = end;

        public ModalityReading Reading { get; } = reading;

        public Phrase Extend(int end)
        {
            End = Math.Max(End, end);
            return this;
        }

        public Phrase Include(int start, int end)
        {
            Start = Math.Min(Start, start);
            return Extend(end);
        }
    }

    internal sealed record SentenceContext(string DocumentId, Sentence Sentence, string Folded, List<Match> Attributions, string? NamedParty)
    {
        public ClauseCandidate Candidate(string key, ProvisionDefinition? definition, string category, string statement, int start, int end, ModalityReading modality)
        {
            (start, end) = PhraseBounds.Tidy(Sentence.Text, start, end);
            var evidence = new Evidence(DocumentId, Sentence.Id, start, end, Sentence.Text[start..end], modality.Modality, AttributionOf(start, end))
            {
                ModalityCue = modality.Cue,
            };
            return new ClauseCandidate(key, definition, category, statement, evidence, NamedParty);
        }

        // An attribution covers what follows it ("As reported by Reuters, ... will"); one after a phrase covers it
        // only from the end of the sentence ("..., officials said"), not from the middle ("..., it says both will").
        private ImmutableArray<string> AttributionOf(int start, int end) =>
        [
            .. Attributions
                .Where(a => a.Index + a.Length <= start || (a.Index >= end && Folded.AsSpan(a.Index + a.Length).Trim().Trim(".\"'”").IsEmpty))
                .Select(a => Sentence.Text.Substring(a.Index, a.Length).Trim())
                .Distinct(),
        ];
    }
}
