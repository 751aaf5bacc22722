using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>
/// Reads provisions no catalogue entry names. In a sentence that reports what the agreement does (it names the
/// agreement, or has a commitment, prohibition, absence or claim frame), every list item with a category's cue and no
/// catalogue provision of that category becomes a candidate: its statement is the item's own words, trimmed to a clean
/// phrase, and its key a slug of those words' content, so the same words give the same permalink on every load.
/// </summary>
internal sealed partial class OpenProvisionReader(CompiledLexicon lexicon, Gazetteer gazetteer) : ISentenceStage
{
    public StageData Reads => StageData.Candidates;

    public StageData Writes => StageData.Candidates;

    private readonly ProvisionReader _provisions = new(lexicon, gazetteer);
    private readonly BackgroundTest _background = new(lexicon);
    private readonly ClauseWording _wording = new(lexicon, gazetteer);

    // An item that is a condition ("if one nation faces an attack"), describes a party ("which face sanctions") or
    // gives a cause ("given the gravity of the attack") belongs to the provision beside it, not a provision of its own.
    private Regex NotAProvision { get; } = lexicon.Grammar(@"^\W*{notAProvisionLeads}\b", RegexOptions.IgnoreCase);

    private Regex LeadingParticiple { get; } = lexicon.Grammar(@"\G\W*(?:{participleLeadWords}\s+)*([a-z]{2,}{gerundEnding})\b");

    private Regex RelativeLead { get; } = lexicon.Grammar(@"^\W*{relativeLeads}\s", RegexOptions.IgnoreCase);

    public void Read(SentenceAnalysis sentence)
    {
        var folded = sentence.Folded;
        if (sentence.Sentence.Role != SentenceRole.Body)
        {
            return;
        }

        // A frame governs the items after it; a line after "contains these provisions:" is framed by that line.
        var frame = sentence.First(lexicon.ProvisionFrames);
        var framedByLead = ListLead(sentence) is { } lead && (lexicon.ProvisionFrames.IsMatch(lead.Text) || lexicon.TreatyWords.IsMatch(lead.Text));
        if (!frame.Success && !framedByLead && !sentence.Has(lexicon.TreatyWords))
        {
            return;
        }

        var masked = sentence.Masked(lexicon);
        ProvisionReader.SentenceContext? context = null;
        (List<Match> Absent, List<Match> Prohibitions)? modalityCues = null;
        foreach (var item in sentence.Items.Where(i => !NotAProvision.IsMatch(folded.AsSpan(i.Start, i.End - i.Start)) || DescribesAgreement(sentence, i)))
        {
            // "signed a partnership treaty, enhancing defence cooperation": a participle with no provision frame before
            // it describes the event or the agreement, it does not report a term of it.
            // A participle of speech ("saying the deal ends duties") reports content; one of commitment carries its frame.
            if (!framedByLead && LeadingParticiple.Match(folded, item.Start, item.End - item.Start) is { Success: true } participle
                && !sentence.Hits(lexicon.ProvisionFrames).Any(f => f.Index < item.Start || f.Index == participle.Groups[1].Index)
                && !sentence.Hits(lexicon.SpeechCues).Any(m => m.Index == participle.Groups[1].Index))
            {
                continue;
            }

            // A catalogue provision already read here keeps the item; an item that narrates a signing reports an event,
            // unless a frame after the narration brings a term ("signed a deal under which soldiers will be trained").
            if (sentence.Candidates.Any(c => Overlaps(c.Evidence, item)) || Narrates(sentence, item))
            {
                continue;
            }

            // The item's own words carry its modality wherever they stand in it ("information must not be passed"); read
            // once for the item, whatever its categories.
            var reading = _provisions.ModalityOf(sentence, (item.End, item.End), item, modalityCues ??= _provisions.ModalityCues(sentence));
            var (modality, cueStart) = (reading.Modality, reading.CueStart);
            foreach (var (category, cues) in lexicon.Categories)
            {
                // A category none of whose cues the sentence holds has none in this item either.
                if (sentence.MaskedHits(lexicon, cues).Count == 0)
                {
                    continue;
                }

                // What an agreement lacks may be named by kind ("contains no specific defence deals").
                var cue = _background.ContentCue(sentence, cues, masked, item, namesCount: modality == Modality.Absent);
                if (cue is null || _background.Background(sentence, item) || _background.Reaction(sentence, cue.Index))
                {
                    continue;
                }

                var start = sentence.PhraseStart(item, cue.Index, cueStart);
                var predicate = StatementStart(folded, item, modality, start);
                var words = sentence.Sentence.Text[predicate..item.End];
                var statement = _wording.Statement(words, Subject(sentence, item, predicate));
                var key = _wording.Key(statement);
                if (key.Length == 0)
                {
                    continue;
                }

                context ??= _provisions.ContextOf(sentence);
                var former = LegacyClauseIds.Of(words);
                sentence.Candidates.Add(context.Candidate(key, null, category, statement, start, item.End, reading) with { FormerKey = former != key && former.Length > 0 ? former : null });
            }
        }
    }

    private bool Narrates(SentenceAnalysis sentence, (int Start, int End) item) =>
        lexicon.NarrationCues.Match(sentence.Folded, item.Start, item.End - item.Start) is { Success: true } narration
        && !sentence.Hits(lexicon.CommitmentFrames).Any(f => f.Index > narration.Index + narration.Length && f.Index < item.End);

    // The line that opens the list this line is in: the line before, when it ends with a colon ("contains these
    // provisions:"), or the lead of the list the line before belongs to, when it ends with a semicolon.
    private static Sentence? ListLead(SentenceAnalysis sentence)
    {
        var sentences = sentence.Document.Sentences;
        for (var i = sentence.Sentence.Index - 1; i >= 0 && i >= sentence.Sentence.Index - 30; i--)
        {
            var text = sentences[i].Text.TrimEnd();
            if (text.EndsWith(':'))
            {
                return sentences[i];
            }

            if (!text.EndsWith(';'))
            {
                return null;
            }
        }

        return null;
    }

    // "the Strategic Defense Agreement, which opens Saudi Arabia wider to US defense firms": a relative clause on the
    // agreement itself reports what it does, in nominal style.
    private bool DescribesAgreement(SentenceAnalysis sentence, (int Start, int End) item)
    {
        if (!RelativeLead.IsMatch(sentence.Folded.AsSpan(item.Start, item.End - item.Start)))
        {
            return false;
        }

        var end = sentence.Folded.AsSpan(0, item.Start).TrimEnd(" ,;:-".AsSpan()).Length;
        return sentence.Hits(lexicon.TreatyWords).Any(m => m.Index + m.Length == end);
    }

    // An absence keeps its words ("Stops short of a customs union"); any other statement starts after the first frame
    // that governs the cue ("will swap classified records" gives "Swap classified records").
    private int StatementStart(string folded, (int Start, int End) item, Modality modality, int phraseStart)
    {
        if (modality == Modality.Absent)
        {
            return phraseStart;
        }

        // The frame may follow a subject that holds the cue itself ("Both navies will coordinate ..."). A frame that
        // holds its verb ("could give") gives the statement its verb: it starts after the modal.
        var frame = lexicon.ProvisionFrames.Match(folded, item.Start, item.End - item.Start);
        if (!frame.Success || frame.Index + frame.Length >= item.End)
        {
            return phraseStart;
        }

        // "the accord lifts tariffs" gives "Lifts tariffs": the agreement as subject is dropped, its verb kept.
        var modal = lexicon.ModalFrames.Match(folded, frame.Index, frame.Length);
        var end = modal.Success && modal.Index == frame.Index ? modal.Index + modal.Length
            : AgreementSubject.IsMatch(frame.Value) ? frame.Index + frame.Value.LastIndexOf(' ') + 1
            : frame.Index + frame.Length;
        return Math.Max(phraseStart, end);
    }

    // The words before the modal the statement starts after ("tariffs on whisky" of "tariffs on whisky will be cut").
    private string? Subject(SentenceAnalysis sentence, (int Start, int End) item, int predicate)
    {
        var frame = lexicon.ProvisionFrames.Match(sentence.Folded, item.Start, item.End - item.Start);
        return frame.Success && frame.Index > item.Start
            && lexicon.ModalFrames.Match(sentence.Folded, frame.Index, frame.Length) is { Success: true } modal && modal.Index == frame.Index && modal.Index + modal.Length == predicate
            ? sentence.Sentence.Text[item.Start..frame.Index]
            : null;
    }

    // A frame that is the agreement and its verb: "the accord lifts", "it also allows".
    private Regex AgreementSubject { get; } = lexicon.Grammar(@"^{agreementSubjectLeads}\s.*\s[a-z]+s$", RegexOptions.IgnoreCase);

    private static bool Overlaps(Evidence evidence, (int Start, int End) item) => evidence.Start < item.End && item.Start < evidence.End;
}
