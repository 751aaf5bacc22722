using System.Collections.Immutable;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Treaties;

/// <summary>
/// Merges the candidates of one treaty into clauses: every report of the same provision, in whatever words and
/// from whichever article, becomes one clause with several pieces of evidence.
/// </summary>
internal sealed class ClauseMerger : ITreatyStage
{
    public StageData Writes => StageData.Clauses;

    public void Build(TreatyAnalysis treaty)
    {
        var sentenceIndex = treaty.Documents.SelectMany(d => d.Sentences.Select(s => ((d.Id, s.Id), s.Index))).ToDictionary(x => x.Item1, x => x.Index);
        var candidates = treaty.Group.Documents.SelectMany(d => d.Candidates)
            .Select(c => (c, treaty.DocumentOrder[c.Evidence.DocumentId], sentenceIndex[(c.Evidence.DocumentId, c.Evidence.SentenceId)]));
        treaty.Clauses = Merge(treaty.Id, treaty.Group.Parties, candidates, treaty.CategoryOrder);
    }

    public static ImmutableArray<Clause> Merge(
        string treatyId,
        ImmutableArray<string> treatyParties,
        IEnumerable<(ClauseCandidate Candidate, int DocumentOrder, int SentenceIndex)> candidates,
        IReadOnlyList<string> categoryOrder)
    {
        var clauses = new List<(Clause Clause, int DocumentOrder, int SentenceIndex)>();
        foreach (var group in SameProvisionKeys(candidates).GroupBy(c => (c.Candidate.Category, c.Candidate.Key)))
        {
            var reports = group.OrderBy(c => c.DocumentOrder).ThenBy(c => c.SentenceIndex).ThenBy(c => c.Candidate.Evidence.Start).ToList();
            var first = reports[0].Candidate;
            var evidence = reports.Select(r => r.Candidate.Evidence).ToImmutableArray();
            var named = reports.Select(r => r.Candidate.NamedParty).Distinct().ToList();
            var parties = named.Count == 1 && named[0] is { } party ? [party] : treatyParties;
            var clause = new Clause(
                first.Key,
                treatyId,
                first.Category,
                first.Statement,
                MostReported(evidence),
                parties,
                [.. evidence.SelectMany(e => e.Attribution).Distinct()],
                evidence,
                first.Provision?.Id,
                first.Provision?.Obligation)
            {
                FormerIds = [.. reports.Select(r => r.Candidate.FormerKey).OfType<string>().Where(k => k != first.Key).Distinct()],
            };
            clauses.Add((clause, reports[0].DocumentOrder, reports[0].SentenceIndex));
        }

        return [.. clauses
            .OrderBy(c => CategoryRank(categoryOrder, c.Clause.Category))
            .ThenBy(c => c.DocumentOrder)
            .ThenBy(c => c.SentenceIndex)
            .ThenBy(c => c.Clause.Evidence[0].Start)
            .Select(c => c.Clause)];
    }

    // An open provision another article reports in other words shares most of its content words with the first
    // report of it: it takes that report's key, so both are one clause.
    private static IEnumerable<(ClauseCandidate Candidate, int DocumentOrder, int SentenceIndex)> SameProvisionKeys(
        IEnumerable<(ClauseCandidate Candidate, int DocumentOrder, int SentenceIndex)> candidates)
    {
        var seen = new List<(string Category, string Key, HashSet<string> Words, string DocumentId)>();
        foreach (var c in candidates.OrderBy(c => c.DocumentOrder).ThenBy(c => c.SentenceIndex))
        {
            if (c.Candidate.Provision is not null)
            {
                yield return c;
                continue;
            }

            var words = c.Candidate.Key.Split('-').Select(WordStems.Of).ToHashSet(StringComparer.Ordinal);
            // Within one article, different words are different provisions; across articles, the same one retold.
            var same = seen.FirstOrDefault(s => s.Category == c.Candidate.Category && s.DocumentId != c.Candidate.Evidence.DocumentId && Similar(s.Words, words));
            if (same.Key is null)
            {
                seen.Add((c.Candidate.Category, c.Candidate.Key, words, c.Candidate.Evidence.DocumentId));
                yield return c;
            }
            else
            {
                yield return (c.Candidate with { Key = same.Key }, c.DocumentOrder, c.SentenceIndex);
            }
        }
    }

    // At least half the words of both together are common to both. Counted without building the two sets: a treaty
    // reported hundreds of times compares every open provision with those seen before it.
    private static bool Similar(HashSet<string> a, HashSet<string> b)
    {
        var common = 0;
        foreach (var word in a)
        {
            if (b.Contains(word))
            {
                common++;
            }
        }

        return common * 2 >= a.Count + b.Count - common;
    }

    // Ties go to the earliest report, so the order of the corpus, not chance, decides.
    private static Modality MostReported(ImmutableArray<Evidence> evidence) =>
        evidence.GroupBy(e => e.Modality).OrderByDescending(g => g.Count()).ThenBy(g => evidence.IndexOf(g.First())).First().Key;

    private static int CategoryRank(IReadOnlyList<string> order, string category)
    {
        var rank = IndexOf(order, category);
        return rank < 0 ? int.MaxValue : rank;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
