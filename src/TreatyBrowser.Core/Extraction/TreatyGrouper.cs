using System.Globalization;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// Groups documents by treaty: the front-matter name where given; otherwise the two states most named in sentences
/// about the treaty, joined to a named treaty with the same parties where there is one; otherwise "Unassigned".
/// </summary>
internal sealed class TreatyGrouper(CompiledLexicon lexicon, Gazetteer gazetteer)
{
    public List<TreatyGroup> Group(IReadOnlyList<DocumentAnalysis> analyses)
    {
        var groups = new List<(string Name, bool Inferred, List<string> Parties, List<DocumentAnalysis> Docs, string? Acronym, List<DateOnly?> Published)>();
        // Front-matter names are unique by slug: one look-up each, not a scan of every group (10,000 articles, 1,000 treaties).
        var bySlug = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var analysis in analyses.Where(a => a.Document.Metadata.Treaty is not null))
        {
            var name = analysis.Document.Metadata.Treaty!;
            var slug = Slug.From(name);
            if (!bySlug.TryGetValue(slug, out var index))
            {
                bySlug[slug] = groups.Count;
                groups.Add((name, false, [.. analysis.Document.Metadata.Parties], [analysis], null, [analysis.Document.Metadata.Published]));
                continue;
            }

            var group = groups[index];

            group.Docs.Add(analysis);
            group.Published.Add(analysis.Document.Metadata.Published);
            group.Parties.AddRange(analysis.Document.Metadata.Parties.Where(p => !group.Parties.Contains(p)));
        }

        // Without front matter, an article joins a treaty only when the name agrees, or the parties and the time do:
        // a different agreement between the same parties (years apart, or another name) is a different treaty.
        foreach (var analysis in analyses.Where(a => a.Document.Metadata.Treaty is null))
        {
            var parties = InferParties(analysis);
            var named = TreatyNamer.Find(analysis.Document, gazetteer);
            var published = analysis.Document.Metadata.Published;
            var group = named is null && parties.Count < 2
                ? groups.Find(g => g.Name == Treaty.UnassignedName)
                : groups.Find(g => SameTreaty(g, named, parties, published));
            if (group.Docs is not null)
            {
                group.Docs.Add(analysis);
                group.Published.Add(published);
            }
            else if (named is { } n)
            {
                groups.Add((n.Acronym is null ? n.Name : $"{n.Name} ({n.Acronym})", false, parties, [analysis], n.Acronym, [published]));
            }
            else if (parties.Count >= 2)
            {
                groups.Add(($"{string.Join("–", parties)} {TreatyWord(analysis)}", true, parties, [analysis], null, [published]));
            }
            else
            {
                groups.Add((Treaty.UnassignedName, true, [], [analysis], null, [published]));
            }
        }

        // A named treaty with no parties in its front matter takes them from its text.
        return [.. groups.Select(g => new TreatyGroup(
            g.Name,
            g.Inferred,
            g.Parties.Count > 0 || g.Name == Treaty.UnassignedName ? [.. g.Parties] : [.. g.Docs.SelectMany(InferParties).Distinct().Take(2)],
            [.. g.Docs]))];
    }

    private static bool SameTreaty(
        (string Name, bool Inferred, List<string> Parties, List<DocumentAnalysis> Docs, string? Acronym, List<DateOnly?> Published) group,
        (string Name, string? Acronym)? named,
        List<string> parties,
        DateOnly? published)
    {
        if (group.Name == Treaty.UnassignedName)
        {
            return false;
        }

        var groupNamed = !group.Inferred;
        var sameParties = parties.Count >= 2 && group.Parties.Count == parties.Count && parties.All(group.Parties.Contains);
        if (named is { } n && groupNamed)
        {
            // The same name between other parties is another agreement of the same kind (Japan's two RAAs).
            var partiesAgree = parties.Count < 2 || group.Parties.Count < 2 || sameParties;
            return partiesAgree && ( (n.Acronym is not null && string.Equals(n.Acronym, group.Acronym, StringComparison.OrdinalIgnoreCase))
                || Slug.From(n.Name) == Slug.From(group.Name) || group.Name.StartsWith(n.Name, StringComparison.OrdinalIgnoreCase));
        }

        return sameParties && (published is null || group.Published.All(p => p is null || Math.Abs(p.Value.DayNumber - published.Value.DayNumber) <= MaxDaysApart));
    }

    // Reports of one agreement cluster around its events; the same parties' next agreement is usually years later.
    private const int MaxDaysApart = 366;

    // The states named most often in sentences that refer to the treaty (two, when two are named).
    private List<string> InferParties(DocumentAnalysis analysis)
    {
        // News puts the agreement's parties in the headline and the lead: a party named there counts for three.
        const int LeadWeight = 3;
        const int LeadSentences = 2;
        var counts = new Dictionary<string, (int Count, int First)>();
        var position = 0;
        var bodySeen = 0;
        foreach (var sentence in analysis.Document.Sentences.Where(s => s.Role != SentenceRole.Dateline && !analysis.ContextSentences.Contains(s.Id)))
        {
            var inLead = bodySeen < LeadSentences;
            bodySeen += sentence.Role == SentenceRole.Body ? 1 : 0;
            if (!lexicon.TreatyWords.IsMatch(sentence.Text) && !analysis.Candidates.Any(c => c.Evidence.SentenceId == sentence.Id))
            {
                continue;
            }

            foreach (var party in gazetteer.PartiesIn(sentence.Text).Select(p => p.Party).Distinct())
            {
                var weight = inLead ? LeadWeight : 1;
                counts[party] = counts.TryGetValue(party, out var c) ? (c.Count + weight, c.First) : (weight, position++);
            }
        }

        return [.. counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Take(2).Select(c => c.Key).Order(StringComparer.Ordinal)];
    }

    private string TreatyWord(DocumentAnalysis analysis)
    {
        var word = analysis.Document.BodySentences
            .SelectMany(s => lexicon.AgreementNouns.Matches(s.Text).Select(m => m.Value.ToLowerInvariant()))
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault() ?? "agreement";
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word);
    }
}
