using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// Groups documents by treaty: the front-matter name where given; otherwise the two states most named in sentences
/// about the treaty, joined to a named treaty with the same parties where there is one; otherwise "Unassigned".
/// </summary>
internal sealed partial class TreatyGrouper(CompiledLexicon lexicon, Gazetteer gazetteer)
{
    [GeneratedRegex(@"\b(treaty|agreement|pact|partnership|accord|deal|convention|alliance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TreatyNoun();

    public sealed record TreatyGroup(string Name, bool NameInferred, ImmutableArray<string> Parties, ImmutableArray<DocumentAnalysis> Documents);

    public List<TreatyGroup> Group(IReadOnlyList<DocumentAnalysis> analyses)
    {
        var groups = new List<(string Name, bool Inferred, List<string> Parties, List<DocumentAnalysis> Docs)>();
        foreach (var analysis in analyses.Where(a => a.Document.Metadata.Treaty is not null))
        {
            var name = analysis.Document.Metadata.Treaty!;
            var group = groups.Find(g => Slug.From(g.Name) == Slug.From(name));
            if (group.Docs is null)
            {
                groups.Add((name, false, [.. analysis.Document.Metadata.Parties], [analysis]));
                continue;
            }

            group.Docs.Add(analysis);
            group.Parties.AddRange(analysis.Document.Metadata.Parties.Where(p => !group.Parties.Contains(p)));
        }

        foreach (var analysis in analyses.Where(a => a.Document.Metadata.Treaty is null))
        {
            var parties = InferParties(analysis);
            var group = parties.Count >= 2
                ? groups.Find(g => g.Parties.Count == parties.Count && parties.All(g.Parties.Contains))
                : groups.Find(g => g.Name == Treaty.UnassignedName);
            if (group.Docs is not null)
            {
                group.Docs.Add(analysis);
            }
            else if (parties.Count >= 2)
            {
                groups.Add(($"{string.Join("–", parties)} {TreatyWord(analysis)}", true, parties, [analysis]));
            }
            else
            {
                groups.Add((Treaty.UnassignedName, true, [], [analysis]));
            }
        }

        // A named treaty with no parties in its front matter takes them from its text.
        return [.. groups.Select(g => new TreatyGroup(
            g.Name,
            g.Inferred,
            g.Parties.Count > 0 || g.Name == Treaty.UnassignedName ? [.. g.Parties] : [.. g.Docs.SelectMany(InferParties).Distinct().Take(2)],
            [.. g.Docs]))];
    }

    // The states named most often in sentences that refer to the treaty (two, when two are named).
    private List<string> InferParties(DocumentAnalysis analysis)
    {
        var counts = new Dictionary<string, (int Count, int First)>();
        var position = 0;
        foreach (var sentence in analysis.Document.BodySentences.Where(s => !analysis.ContextSentences.Contains(s.Id)))
        {
            if (!lexicon.TreatyWords.IsMatch(sentence.Text) && !analysis.Candidates.Any(c => c.Evidence.SentenceId == sentence.Id))
            {
                continue;
            }

            foreach (var (country, _, _) in gazetteer.CountriesIn(sentence.Text))
            {
                counts[country] = counts.TryGetValue(country, out var c) ? (c.Count + 1, c.First) : (1, position++);
            }
        }

        return [.. counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Take(2).Select(c => c.Key).Order(StringComparer.Ordinal)];
    }

    private static string TreatyWord(DocumentAnalysis analysis)
    {
        var word = analysis.Document.BodySentences
            .SelectMany(s => TreatyNoun().Matches(s.Text).Select(m => m.Value.ToLowerInvariant()))
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault() ?? "agreement";
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word);
    }
}
