using System.Globalization;
using System.Text;

namespace TreatyBrowser.Evaluation;

/// <summary>One article of the archive: the labelled treaty and parties beside the app's.</summary>
public sealed record ArchiveRow(
    string Article,
    string LabelledTreaty,
    IReadOnlyList<string> LabelledParties,
    string? AppTreaty,
    bool AppNameInferred,
    IReadOnlyList<string> AppParties,
    bool NameRight,
    bool PartiesRight);

/// <summary>The archive evaluation's scores and its per-article table.</summary>
public sealed class ArchiveReport
{
    public List<ArchiveRow> Rows { get; } = [];

    public int AppTreaties { get; set; }

    public int TrueTreaties { get; set; }

    public Tally Grouping { get; } = new();

    public List<string> GroupingMisses { get; } = [];

    public double NameRight => Share(r => r.NameRight);

    public double PartiesRight => Share(r => r.PartiesRight);

    /// <summary>Each score by the name the floors file uses.</summary>
    public IReadOnlyDictionary<string, double> Scores => new Dictionary<string, double>
    {
        ["archiveGroupingPrecision"] = Grouping.Precision,
        ["archiveGroupingRecall"] = Grouping.Recall,
        ["archiveNameRight"] = NameRight,
        ["archivePartiesRight"] = PartiesRight,
    };

    /// <summary>The per-article table (with <paramref name="all"/>, every row; else only the wrong ones), then the scores.</summary>
    public string Print(bool all)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"Archive: {Rows.Count} labelled articles and the seed as plain texts in one corpus");
        b.AppendLine();
        b.AppendLine("| article | name | parties | app treaty | app parties | labelled treaty | labelled parties |");
        b.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var row in Rows.Where(r => all || !r.NameRight || !r.PartiesRight))
        {
            var name = row.AppTreaty is null ? "(none)" : row.AppTreaty + (row.AppNameInferred ? " *(inferred)*" : "");
            b.AppendLine(c, $"| {row.Article} | {Mark(row.NameRight)} | {Mark(row.PartiesRight)} | {name} | {string.Join(", ", row.AppParties)} | {row.LabelledTreaty} | {string.Join(", ", row.LabelledParties)} |");
        }

        b.AppendLine();
        b.AppendLine("| measure | value |");
        b.AppendLine("|---|---|");
        b.AppendLine(c, $"| treaty grouping | {AppTreaties} app treaties for {TrueTreaties} true; pairwise P={Grouping.Precision:0.00} R={Grouping.Recall:0.00} (tp {Grouping.TruePositives} fp {Grouping.FalsePositives} fn {Grouping.FalseNegatives}) |");
        b.AppendLine(c, $"| treaty name names the labelled agreement | {Rows.Count(r => r.NameRight)}/{Rows.Count} = {NameRight:0.00} |");
        b.AppendLine(c, $"| parties equal the labelled parties | {Rows.Count(r => r.PartiesRight)}/{Rows.Count} = {PartiesRight:0.00} |");
        foreach (var miss in GroupingMisses)
        {
            b.AppendLine(c, $"  {miss}");
        }

        return b.ToString();
    }

    private static string Mark(bool right) => right ? "yes" : "**no**";

    private double Share(Func<ArchiveRow, bool> right) => Rows.Count == 0 ? 1 : (double)Rows.Count(right) / Rows.Count;
}
