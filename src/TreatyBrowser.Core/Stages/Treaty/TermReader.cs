using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Treaties;

/// <summary>A treaty's term where a report states it: "a 20-year strategic partnership", "valid for ten years".</summary>
internal sealed class TermReader(CompiledLexicon lexicon) : ITreatyStage
{
    public StageData Writes => StageData.Term;

    public void Build(TreatyAnalysis treaty) => treaty.Term = Read(treaty.Documents);

    // "a 20-year strategic partnership", "the pact is valid for ten years": the nouns are the lexicon's agreement nouns.
    private readonly Regex _term = lexicon.Grammar(
        @"\b(?<n>\d{1,3}|{termNumbers})[- ]{termUnit}\b(?=[^.;]{0,60}\b{agreementNouns}\b)|\b{agreementNouns}\b[^.;]{0,60}\b{termFrames} (?<n>\d{1,3}|{termNumbers}) {termUnit}s\b",
        RegexOptions.IgnoreCase);

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
}
