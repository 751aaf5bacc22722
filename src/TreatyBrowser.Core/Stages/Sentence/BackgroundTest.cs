using System.Text.RegularExpressions;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>
/// Tells what in a sentence is not the agreement's content although it holds a category's cue words: the agreement's
/// own name ("the free trade pact"), background ("Israel already has similar deals"), commentary ("traders worry") and
/// appraisal ("She called the pact a landmark"). Shared by the readers of catalogue and open provisions.
/// </summary>
internal sealed class BackgroundTest(CompiledLexicon lexicon)
{
    // The first cue of a category in the item that is not part of the agreement's name ("the free trade pact").
    public Match? ContentCue(SentenceAnalysis sentence, CuePattern cues, string masked, (int Start, int End) item, bool namesCount)
    {
        var names = namesCount ? [] : sentence.Hits(lexicon.AgreementNames);
        for (var at = item.Start; at < item.End;)
        {
            var cue = cues.Match(masked, at, item.End - at);
            if (!cue.Success)
            {
                return null;
            }

            if (!names.Any(n => n.Index <= cue.Index && cue.Index + cue.Length <= n.Index + n.Length) && !(InProperName(sentence.Folded, cue) && !NamesContent(sentence.Folded, cue)))
            {
                return cue;
            }

            at = cue.Index + cue.Length;
        }

        return null;
    }

    private bool NamesContent(string text, Match cue) =>
        lexicon.ContentNames.Match(text, cue.Index, Math.Min(40, text.Length - cue.Index)) is { Success: true } name && name.Index == cue.Index;

    // "the Royal Australian Navy", "the UN Economic Commission for Africa": a capitalised cue beside another capitalised
    // word, away from the sentence's start, is part of a name, not the agreement's content.
    private static bool InProperName(string text, Match cue)
    {
        if (cue.Index == 0 || !char.IsUpper(text[cue.Index]))
        {
            return false;
        }

        var before = text.AsSpan(0, cue.Index).TrimEnd();
        var previous = before.LastIndexOf(' ') is var space && space >= 0 ? before[(space + 1)..] : before;
        var after = text.AsSpan(cue.Index + cue.Length).TrimStart();
        return (previous.Length > 0 && char.IsUpper(previous[0]) && before.Length > previous.Length)
            || (after.Length > 0 && char.IsUpper(after[0]));
    }

    // "Israel already has free trade deals with other nations": background, unless the item binds the parties.
    // Commentary ("could face higher prices, traders worry") likewise, unless a commitment follows it ("Wang added
    // that China will help ...").
    public bool Background(SentenceAnalysis sentence, (int Start, int End) item)
    {
        if (sentence.Hits(lexicon.BindingFrames).Any(m => Inside(m, item)))
        {
            return false;
        }

        return sentence.Hits(lexicon.BackgroundCues).Any(m => Inside(m, item))
            || sentence.Hits(lexicon.ContextCues).Any(c => Inside(c, item) && !sentence.Hits(lexicon.CommitmentFrames).Any(f => f.Index > c.Index && Inside(f, item)));
    }

    // "She called the pact one instance of an enduring security partnership": an appraisal, unless a frame or a report
    // of what the deal says after the reaction verb brings the provision back ("hailed the deal, saying it ends duties").
    public bool Reaction(SentenceAnalysis sentence, int cueAt)
    {
        if (sentence.Hits(lexicon.ReactionCues).LastOrDefault(m => m.Index < cueAt) is not { } reaction)
        {
            return false;
        }

        bool After(Match m) => m.Index > reaction.Index && m.Index < cueAt;
        return !sentence.Hits(lexicon.ProvisionFrames).Any(After) && !sentence.Hits(lexicon.SpeechCues).Any(After);
    }

    private static bool Inside(Match m, (int Start, int End) item) => m.Index >= item.Start && m.Index + m.Length <= item.End;
}
