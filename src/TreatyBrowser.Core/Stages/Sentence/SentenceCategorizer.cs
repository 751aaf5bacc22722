using System.Collections.Immutable;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>
/// Gives each body sentence its categories, each with the cues that fired. A sentence that neither refers to the
/// treaty nor states a provision (accusations, denials, background, remarks on other matters) is <c>context</c>:
/// kept and searchable, never a clause.
/// </summary>
internal sealed class SentenceCategorizer(CompiledLexicon lexicon) : ISentenceStage
{
    public StageData Reads => StageData.Candidates;

    public StageData Writes => StageData.Categories | StageData.Context;

    public const string Context = "context";

    public void Read(SentenceAnalysis sentence)
    {
        var (categories, isContext) = Categorize(sentence, sentence.Candidates.Count > 0);
        if (isContext)
        {
            sentence.IsContext = true;
            sentence.Candidates.Clear();
        }

        sentence.Categories.AddRange(categories);
        foreach (var candidate in sentence.Candidates.Where(c => !sentence.Categories.Any(d => d.Category == c.Category)))
        {
            sentence.Categories.Add(new CategoryDecision(candidate.Category, [$"provision: {candidate.Key}"]));
        }
    }

    /// <summary>The categories of a sentence, and whether it is context.</summary>
    public (ImmutableArray<CategoryDecision> Categories, bool IsContext) Categorize(SentenceAnalysis sentence, bool reportsProvision)
    {
        // Job titles ("Defence Minister") say who speaks, not what the agreement holds: cues are read in the masked text.
        var decisions = new List<CategoryDecision>();
        foreach (var (name, cues) in lexicon.Categories)
        {
            var fired = Distinct(sentence.MaskedHits(lexicon, cues)).ToImmutableArray();
            if (!fired.IsEmpty)
            {
                decisions.Add(new CategoryDecision(name, fired));
            }
        }

        // Context: nothing of a category's content, or commentary (accusations, denials, critics' remarks) that
        // neither states a provision nor names the agreement.
        var contextCues = Distinct(sentence.Hits(lexicon.ContextCues)).ToList();
        var mentionsTreaty = sentence.Has(lexicon.TreatyWords);
        if (decisions.Count == 0 && !reportsProvision && !mentionsTreaty)
        {
            return ([new CategoryDecision(Context, ["no reference to the treaty or a provision of it", .. contextCues])], true);
        }

        var commentary = contextCues.Count > 0 || sentence.Has(lexicon.ReactionCues) || sentence.Has(lexicon.BackgroundCues);
        if (!reportsProvision && commentary && (!mentionsTreaty || decisions.Count == 0 || sentence.Sentence.Role == SentenceRole.Body))
        {
            return ([new CategoryDecision(Context, ["commentary that neither states a provision nor names the agreement", .. contextCues])], true);
        }

        return ([.. decisions], false);
    }

    private static IEnumerable<string> Distinct(IEnumerable<System.Text.RegularExpressions.Match> matches) =>
        matches.Select(m => m.Value.ToLowerInvariant()).Distinct();
}
