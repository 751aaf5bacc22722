using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>A treaty's term where a report states it: "a 20-year strategic partnership", "valid for ten years".</summary>
internal sealed partial class TermReader : ITreatyStage
{
    public void Build(TreatyAnalysis treaty) => treaty.Term = Read(treaty.Documents);

    [GeneratedRegex(@"\b(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|fifty|ninety-nine)[- ]year\b(?=[^.;]{0,60}\b(?:treaty|agreement|pact|partnership|accord|deal)\b)|\b(?:treaty|agreement|pact|partnership|accord|deal)\b[^.;]{0,60}\b(?:for|valid for|lasts?|runs? for|term of) (?<n>\d{1,3}|one|two|three|five|ten|fifteen|twenty|twenty-five|thirty|fifty) years\b", RegexOptions.IgnoreCase)]
    private static partial Regex Term();

    public static TreatyTerm? Read(IEnumerable<SourceDocument> documents)
    {
        foreach (var document in documents)
        {
            foreach (var sentence in document.BodySentences)
            {
                var match = Term().Match(sentence.Text);
                if (match.Success)
                {
                    var n = match.Groups["n"].Value.ToLowerInvariant();
                    return new TreatyTerm($"{n} years", document.Id, sentence.Id);
                }
            }
        }

        return null;
    }
}
