using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// Reads the provisions one sentence reports: which lexicon provisions its items match, with what modality, the
/// exact phrase, and who is said to report it. A sentence without a provision frame (a modal, "does not include",
/// another agreement taking effect) yields nothing, however many cue words it holds.
/// </summary>
internal sealed partial class ProvisionReader(CompiledLexicon lexicon, Gazetteer gazetteer) : ISentenceStage
{
    public void Read(SentenceAnalysis sentence)
    {
        // A headline announces; the body states the provisions.
        if (sentence.Sentence.Role == SentenceRole.Body)
        {
            sentence.Candidates.AddRange(Provisions(sentence));
        }
    }

    // "a mutual defence clause was not included" puts the absence after the provision.
    [GeneratedRegex(@"^[^,;]{0,30}?\b(?:is|was|were|are|has been|have been) (?:not included|absent|missing|left out|dropped|omitted|excluded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbsentAfter();

    [GeneratedRegex(@"\bbetween ((?:(?!\b(?:took|takes|entered|enters|came|comes|was|were|went|goes|has)\b)[^,;.])+?)\s+(?:took|takes|entered|enters|came|comes|was|were|went|goes|has)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenParties();

    // "A separate memorandum on maritime security was signed" names itself "memorandum on maritime security".
    [GeneratedRegex(@"^(?:an?|another|the)?\s*(?:separate|parallel|related)?\s*(.+?)(?=\s+(?:between|with|took|takes|entered|enters|came|comes|was|were|went|goes|has)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AgreementName();

    [GeneratedRegex(@"\b(?:both|two|each|either|one another|the parties|mutual|joint)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MutualSubject();

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
                var (modality, cueStart) = ModalityOf(folded, (match.Start, match.End), item, absent, prohibitions);
                modality = modality == Modality.Commitment && IsClaim(sentence) ? Modality.Claim : modality;
                var start = SentenceItems.PhraseStart(folded, item, match.Start, cueStart);
                var end = i + 1 < inItem.Count ? Math.Max(match.End, inItem[i + 1].Start) : Math.Max(match.End, item.End);
                var existing = phrases.Find(p => p.Definition == match.Definition);
                if (existing is null)
                {
                    phrases.Add(previous = new Phrase(match.Definition, start, end, modality));
                }
                else
                {
                    previous = existing.Include(start, end);
                }
            }
        }

        return [.. phrases.Select(p => context.Candidate(p.Definition.Id, p.Definition, p.Definition.Category, p.Definition.Statement, p.Start, p.End, p.Modality))];
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
    /// The modality of a provision matched at <paramref name="match"/>: absent, prohibition, or commitment; a
    /// commitment only reported as an expectation or forecast, with no binding frame, is a claim.
    /// </summary>
    internal (Modality Modality, int CueStart) ModalityOf(SentenceAnalysis sentence, (int Start, int End) match, (int Start, int End) item, (List<Match> Absent, List<Match> Prohibitions) cues)
    {
        var (modality, cueStart) = ModalityOf(sentence.Folded, match, item, cues.Absent, cues.Prohibitions);
        return modality == Modality.Commitment && IsClaim(sentence) ? (Modality.Claim, cueStart) : (modality, cueStart);
    }

    // A claim: an expectation, forecast or one side's description, with nothing that says the parties are bound.
    // Reported speech alone ("officials said the two will...") does not make a claim: what is said is often the term itself.
    private bool IsClaim(SentenceAnalysis sentence) => sentence.Has(lexicon.ClaimCues) && !sentence.Has(lexicon.BindingFrames);

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

    private static (Modality Modality, int CueStart) ModalityOf(string folded, (int Start, int End) match, (int Start, int End) item, List<Match> absent, List<Match> prohibitions)
    {
        // An absence cue governs what follows it up to the next comma or semicolon.
        var absentCue = absent.LastOrDefault(a => a.Index + a.Length <= match.Start && folded.IndexOfAny([',', ';'], a.Index, match.Start - a.Index) < 0);
        if (absentCue is not null)
        {
            return (Modality.Absent, absentCue.Index);
        }

        if (AbsentAfter().IsMatch(folded.AsSpan(match.End, item.End - match.End)))
        {
            return (Modality.Absent, -1);
        }

        var prohibition = prohibitions.LastOrDefault(p => p.Index >= item.Start && p.Index + p.Length <= match.Start);
        return prohibition is not null ? (Modality.Prohibition, prohibition.Index) : (Modality.Commitment, -1);
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

        var between = BetweenParties().Match(context.Folded, related.Index, related.Length);
        var partiesText = between.Success ? context.Sentence.Text.Substring(between.Groups[1].Index, between.Groups[1].Length).Trim() : null;
        var name = AgreementName().Match(context.Sentence.Text, related.Index, related.Length);
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
        return context.Candidate(key, definition, category, statement, related.Index, end, Modality.Related);
    }

    // The one party a sentence binds, when its subject names a single country ("Russia will supply ...").
    private string? NamedParty(SentenceAnalysis sentence)
    {
        var folded = sentence.Folded;
        var modal = sentence.First(lexicon.CommitmentFrames);
        var subject = modal.Success ? folded[..modal.Index] : folded;
        if (MutualSubject().IsMatch(subject))
        {
            return null;
        }

        var countries = gazetteer.CountriesIn(subject).Select(c => c.Country).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    private sealed class Phrase(ProvisionDefinition definition, int start, int end, Modality modality)
    {
        public ProvisionDefinition Definition { get; } = definition;

        public int Start { get; private set; } = start;

        public int End { get; private set; } = end;

        public Modality Modality { get; } = modality;

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
        public ClauseCandidate Candidate(string key, ProvisionDefinition? definition, string category, string statement, int start, int end, Modality modality)
        {
            (start, end) = PhraseBounds.Tidy(Sentence.Text, start, end);
            var evidence = new Evidence(DocumentId, Sentence.Id, start, end, Sentence.Text[start..end], modality, AttributionOf(start, end));
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
