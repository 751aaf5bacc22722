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
    bool PartiesRight)
{
    /// <summary>The outlet the app read from the plain text, whether the text names the labelled one, and whether the app's is it.</summary>
    public (string? App, string? Labelled, bool Named, bool Right) Outlet { get; init; }

    /// <summary>The publication date the app read, whether the text states the labelled one, and whether the app's is it.</summary>
    public (DateOnly? App, string? Labelled, bool Stated, bool Right) Published { get; init; }
}

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

    /// <summary>Of the articles whose text names the labelled outlet, the share whose outlet the app read is it.</summary>
    public double OutletRight => Ratio(Rows.Count(r => r.Outlet.Named && r.Outlet.Right), Rows.Count(r => r.Outlet.Named));

    /// <summary>Of the articles whose text states the labelled publication date, the share the app read it for.</summary>
    public double DateRight => Ratio(Rows.Count(r => r.Published.Stated && r.Published.Right), Rows.Count(r => r.Published.Stated));

    /// <summary>Each score by the name the floors file uses.</summary>
    public IReadOnlyDictionary<string, double> Scores => new Dictionary<string, double>
    {
        ["archiveGroupingPrecision"] = Grouping.Precision,
        ["archiveGroupingRecall"] = Grouping.Recall,
        ["archiveNameRight"] = NameRight,
        ["archivePartiesRight"] = PartiesRight,
        ["archiveOutletRight"] = OutletRight,
        ["archiveDateRight"] = DateRight,
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
            b.AppendLine(c, $"| {row.Article} | {Mark(row.NameRight)} | {Mark(row.PartiesRight)} | {name} | {string.Join(", ", row.AppParties)} | " +
                $"{row.LabelledTreaty} | {string.Join(", ", row.LabelledParties)} |");
        }

        b.AppendLine();
        b.AppendLine("| measure | value |");
        b.AppendLine("|---|---|");
        b.AppendLine(c, $"| treaty grouping | {AppTreaties} app treaties for {TrueTreaties} true; pairwise P={Grouping.Precision:0.00} " +
            $"R={Grouping.Recall:0.00} (tp {Grouping.TruePositives} fp {Grouping.FalsePositives} fn {Grouping.FalseNegatives}) |");
        b.AppendLine(c, $"| treaty name names the labelled agreement | {Rows.Count(r => r.NameRight)}/{Rows.Count} = {NameRight:0.00} |");
        b.AppendLine(c, $"| parties equal the labelled parties | {Rows.Count(r => r.PartiesRight)}/{Rows.Count} = {PartiesRight:0.00} |");
        b.AppendLine(c, $"| outlet right, of the articles whose text names it | " +
            $"{Rows.Count(r => r.Outlet.Named && r.Outlet.Right)}/{Rows.Count(r => r.Outlet.Named)} = {OutletRight:0.00} (right for " +
            $"{Rows.Count(r => r.Outlet.Right)} of all {Rows.Count}; found for {Rows.Count(r => r.Outlet.App is not null)}) |");
        b.AppendLine(c, $"| publication date right, of the articles whose text states it | " +
            $"{Rows.Count(r => r.Published.Stated && r.Published.Right)}/{Rows.Count(r => r.Published.Stated)} = {DateRight:0.00} (right for " +
            $"{Rows.Count(r => r.Published.Right)} of all {Rows.Count}; found for {Rows.Count(r => r.Published.App is not null)}) |");
        if (all)
        {
            b.AppendLine();
            b.AppendLine("| article | outlet named in text | outlet | app outlet | labelled outlet | date stated in text | date | app date | labelled date |");
            b.AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var row in Rows)
            {
                b.AppendLine(c, $"| {row.Article} | {(row.Outlet.Named ? "named" : "-")} | {Mark(row.Outlet.Right)} | {row.Outlet.App ?? "(none)"} | " +
                    $"{row.Outlet.Labelled} | {(row.Published.Stated ? "stated" : "-")} | {Mark(row.Published.Right)} | " +
                    $"{row.Published.App?.ToString("yyyy-MM-dd", c) ?? "(none)"} | {row.Published.Labelled ?? "(none)"} |");
            }
        }

        foreach (var miss in GroupingMisses)
        {
            b.AppendLine(c, $"  {miss}");
        }

        return b.ToString();
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string Mark(bool right) => right ? "yes" : "**no**";

    private double Share(Func<ArchiveRow, bool> right) => Rows.Count == 0 ? 1 : (double)Rows.Count(right) / Rows.Count;
}
