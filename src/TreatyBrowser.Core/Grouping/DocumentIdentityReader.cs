using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Grouping;

/// <summary>Reads a document's identity once its sentences are analysed: the agreement names it writes, and its parties.</summary>
internal sealed class DocumentIdentityReader(CompiledLexicon lexicon, Gazetteer gazetteer)
{
    private readonly TreatyNamer _namer = new(lexicon, gazetteer);
    private readonly PartyReader _parties = new(lexicon, gazetteer);

    public DocumentIdentity Read(DocumentAnalysis analysis)
    {
        var names = _namer.Read(analysis.Document);
        var (parties, brokers) = _parties.Read(analysis, names);
        return new DocumentIdentity(names, [.. parties], Noun(analysis)) { Brokers = [.. brokers] };
    }

    private string? Noun(DocumentAnalysis analysis) => analysis.Document.BodySentences
        .SelectMany(s => lexicon.AgreementNouns.Matches(s.Text).Select(m => m.Value.ToLowerInvariant()))
        .GroupBy(w => w)
        .OrderByDescending(g => g.Count())
        .Select(g => g.Key)
        .FirstOrDefault();
}
