using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Evaluation;

/// <summary>
/// Checks what a reader quotes and pastes: every open clause's statement is at most twelve words, opens with neither a
/// gerund nor an auxiliary and holds no quote mark (so no quotation is cut); its id is at most five words and carries
/// no word of the name of a person the entity reader found in the treaty's reports. Catalogue
/// clauses are written by hand in the lexicon and not checked here.
/// </summary>
public static partial class StatementQuality
{
    [GeneratedRegex(@"^(?:Will|Shall|Would|Could|Should|May|Might|Must|Can|Be|Is|Are|Was|Were|Has|Have|Had|To|And|Or)\b|^[A-Z][a-z]{2,}ing\b")]
    private static partial Regex BadOpening();

    [GeneratedRegex(@"[""“”‘«»]")]
    private static partial Regex QuoteMark();

    public static void Score(EvaluationReport report, IEnumerable<Treaty> treaties)
    {
        foreach (var treaty in treaties)
        {
            // The people the entity reader found in the treaty's reports ("Richard Marles").
            var people = treaty.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Name).ToList();
            report.Clauses.AddRange(treaty.Clauses.Select(c => $"{treaty.Id} {c.Category}/{c.Id} ({c.Modality.ToString().ToLowerInvariant()}): {c.Statement}"));
            foreach (var clause in treaty.Clauses.Where(c => c.ProvisionType is null && c.Evidence.All(e => e.Modality != Modality.Related)))
            {
                Score(report, clause, people);
            }
        }
    }

    private static void Score(EvaluationReport report, Clause clause, IReadOnlyList<string> people)
    {
        report.OpenClauses++;
        var faults = Faults(clause, people).ToList();
        if (faults.Count > 0)
        {
            report.OpenClausesBadlyWorded++;
            report.Misses.Add($"{clause.Evidence[0].DocumentId} clause badly worded ({string.Join(", ", faults)}): {clause.Category}/{clause.Id}: {clause.Statement}");
        }
    }

    private static IEnumerable<string> Faults(Clause clause, IReadOnlyList<string> people)
    {
        if (clause.Statement.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12)
        {
            yield return "statement over 12 words";
        }

        if (BadOpening().IsMatch(clause.Statement))
        {
            yield return "opens with a gerund or auxiliary";
        }

        if (QuoteMark().IsMatch(clause.Statement))
        {
            yield return "quote mark";
        }

        if (clause.Id.Split('-').Length > 5)
        {
            yield return "id over 5 words";
        }

        var idWords = clause.Id.Split('-').ToHashSet(StringComparer.Ordinal);
        foreach (var name in people.SelectMany(p => p.Split(' ', '-')).Select(w => w.ToLowerInvariant()).Where(w => w.Length > 2 && idWords.Contains(w)).Distinct())
        {
            yield return $"person's name '{name}' in id";
        }
    }
}
