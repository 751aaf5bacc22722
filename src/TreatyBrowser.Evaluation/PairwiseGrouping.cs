
namespace TreatyBrowser.Evaluation;

/// <summary>Pairwise grouping: over all pairs of articles, "same treaty" by the labels against "same treaty" by the app.</summary>
public static class PairwiseGrouping
{
    /// <summary>Counts every pair of <paramref name="groups"/> into <paramref name="tally"/>; wrong merges and splits into <paramref name="misses"/>.</summary>
    public static void Score(List<(string Truth, string? App)> groups, Tally tally, List<string> misses)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                var sameTruth = groups[i].Truth == groups[j].Truth;
                var sameApp = groups[i].App is not null && groups[i].App == groups[j].App;
                if (sameTruth && sameApp)
                {
                    tally.TruePositives++;
                }
                else if (sameApp)
                {
                    tally.FalsePositives++;
                    misses.Add($"grouping: {groups[i].App} holds both \"{groups[i].Truth}\" and \"{groups[j].Truth}\"");
                }
                else if (sameTruth)
                {
                    tally.FalseNegatives++;
                    misses.Add($"grouping: \"{groups[i].Truth}\" split between {groups[i].App} and {groups[j].App}");
                }
            }
        }
    }
}
