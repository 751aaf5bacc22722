using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Treaties;

/// <summary>A treaty's term where a report states it: "a 20-year strategic partnership", "valid for ten years".</summary>
internal sealed class TermReader(CompiledLexicon lexicon) : ITreatyStage
{
    public void Build(TreatyAnalysis treaty) => treaty.Term = Read(treaty.Documents);

    private const string Numbers = @"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty|fifty|ninety-nine";

    // "a 20-year strategic partnership", "the pact is valid for ten years": the nouns are the lexicon's.
    private readonly Regex _term = new(
        $@"\b(?<n>{Numbers})[- ]year\b(?=[^.;]{{0,60}}\b(?:{Nouns(lexicon)})\b)|\b(?:{Nouns(lexicon)})\b[^.;]{{0,60}}\b(?:for|valid for|lasts?|runs? for|term of) (?<n>{Numbers}) years\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public TreatyTerm? Read(IEnumerable<SourceDocument> documents)
    {
        foreach (var document in documents)
        {
            foreach (var sentence in document.BodySentences)
            {
                var match = _term.Match(sentence.Text);
                if (match.Success)
                {
                    var n = match.Groups["n"].Value.ToLowerInvariant();
                    return new TreatyTerm($"{n} years", document.Id, sentence.Id);
                }
            }
        }

        return null;
    }

    private static string Nouns(CompiledLexicon lexicon) => string.Join("|", lexicon.Source.AgreementNouns);
}
