using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// Gives each body sentence its categories, each with the cues that fired. A sentence that neither refers to the
/// treaty nor states a provision (accusations, denials, background, remarks on other matters) is <c>context</c>:
/// kept and searchable, never a clause.
/// </summary>
internal sealed class SentenceCategorizer(CompiledLexicon lexicon)
{
    public const string Context = "context";

    /// <summary>The categories of a sentence (given folded, see <see cref="TextFold"/>), and whether it is context.</summary>
    public (ImmutableArray<CategoryDecision> Categories, bool IsContext) Categorize(string folded, bool reportsProvision)
    {
        // Context: no provision, and either no word for the treaty or the marks of commentary (accusations,
        // denials, critics' remarks) that only mention it.
        var contextCues = Cues(lexicon.ContextCues, folded).ToList();
        var mentionsTreaty = lexicon.TreatyWords.IsMatch(folded);
        if (!reportsProvision && (!mentionsTreaty || contextCues.Count > 0))
        {
            var reason = mentionsTreaty ? "mentions the treaty only in commentary" : "no reference to the treaty or a provision of it";
            return ([new CategoryDecision(Context, [reason, .. contextCues])], true);
        }

        var decisions = new List<CategoryDecision>();
        foreach (var (name, cues) in lexicon.Categories)
        {
            var fired = Cues(cues, folded).ToImmutableArray();
            if (!fired.IsEmpty)
            {
                decisions.Add(new CategoryDecision(name, fired));
            }
        }

        return ([.. decisions], false);
    }

    private static IEnumerable<string> Cues(Regex cues, string folded) =>
        cues.Matches(folded).Select(m => m.Value.ToLowerInvariant()).Distinct();
}
