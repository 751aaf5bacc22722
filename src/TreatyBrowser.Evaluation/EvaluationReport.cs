using System.Globalization;
using System.Text;

namespace TreatyBrowser.Evaluation;

/// <summary>True positives, false positives and false negatives, and the scores they give.</summary>
public sealed class Tally
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    /// <summary>Precision; 1 when nothing was predicted (nothing was wrong).</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Recall; 1 when nothing was to be found.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Ratio(int part, int whole) => whole == 0 ? 1.0 : (double)part / whole;
}

/// <summary>The scores of one evaluation run, and every miss.</summary>
public sealed class EvaluationReport
{
    /// <summary>The sentence categories scored, in order; the first four make the macro F1.</summary>
    public static readonly string[] Categories = ["defence", "intelligence", "economic", "timeline", "context"];

    public Dictionary<string, Tally> ByCategory { get; } = Categories.ToDictionary(c => c, _ => new Tally());

    public int Documents { get; set; }

    public int SentencesAligned { get; set; }

    public int SentencesLabelled { get; set; }

    public int ClausesLabelled { get; set; }

    public int ClausesFound { get; set; }

    public int ModalityAgrees { get; set; }

    public int AppClauses { get; set; }

    public int AppClausesUnlabelled { get; set; }

    /// <summary>Open clauses (read from the text alone), whose statements and ids the app writes itself.</summary>
    public int OpenClauses { get; set; }

    /// <summary>Open clauses whose statement or id breaks a rule of <see cref="StatementQuality"/>.</summary>
    public int OpenClausesBadlyWorded { get; set; }

    public int EventsLabelled { get; set; }

    public int EventsRight { get; set; }

    public int DatelineEvents { get; set; }

    public int AppTreaties { get; set; }

    public int TrueTreaties { get; set; }

    public Tally Grouping { get; } = new();

    public List<string> Misses { get; } = [];

    /// <summary>Every clause the app read, one line each: treaty, category/id, modality, statement.</summary>
    public List<string> Clauses { get; } = [];

    public double MacroF1 => Categories.Take(4).Average(c => ByCategory[c].F1);

    public double ClauseRecall => ClausesLabelled == 0 ? 1 : (double)ClausesFound / ClausesLabelled;

    public double UnlabelledShare => AppClauses == 0 ? 0 : (double)AppClausesUnlabelled / AppClauses;

    public double ModalityAgreement => ClausesFound == 0 ? 1 : (double)ModalityAgrees / ClausesFound;

    public double DateAccuracy => EventsLabelled == 0 ? 1 : (double)EventsRight / EventsLabelled;

    /// <summary>Each score by the name the floors file uses.</summary>
    public IReadOnlyDictionary<string, double> Scores => new Dictionary<string, double>
    {
        ["macroF1"] = MacroF1,
        ["defenceF1"] = ByCategory["defence"].F1,
        ["intelligenceF1"] = ByCategory["intelligence"].F1,
        ["economicF1"] = ByCategory["economic"].F1,
        ["timelineF1"] = ByCategory["timeline"].F1,
        ["defencePrecision"] = ByCategory["defence"].Precision,
        ["intelligencePrecision"] = ByCategory["intelligence"].Precision,
        ["economicPrecision"] = ByCategory["economic"].Precision,
        ["contextF1"] = ByCategory["context"].F1,
        ["clauseRecall"] = ClauseRecall,
        ["clausesLabelledShare"] = 1 - UnlabelledShare,
        ["modalityAgreement"] = ModalityAgreement,
        ["dateAccuracy"] = DateAccuracy,
        ["statementsClean"] = OpenClauses == 0 ? 1 : 1 - ((double)OpenClausesBadlyWorded / OpenClauses),
        ["groupingPrecision"] = Grouping.Precision,
        ["groupingRecall"] = Grouping.Recall,
    };

    /// <summary>The table, then (when asked) every miss, one line each.</summary>
    public string Print(bool misses)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine(c, $"Development corpus: {Documents} articles, {SentencesAligned}/{SentencesLabelled} labelled sentences aligned");
        b.AppendLine();
        b.AppendLine("| category | precision | recall | F1 | tp | fp | fn |");
        b.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var name in Categories)
        {
            var t = ByCategory[name];
            b.AppendLine(c, $"| {name} | {t.Precision:0.00} | {t.Recall:0.00} | {t.F1:0.00} | {t.TruePositives} | {t.FalsePositives} | {t.FalseNegatives} |");
        }

        b.AppendLine();
        b.AppendLine("| measure | value |");
        b.AppendLine("|---|---|");
        b.AppendLine(c, $"| macro F1 (defence, intelligence, economic, timeline) | {MacroF1:0.00} |");
        b.AppendLine(c, $"| clause recall | {ClausesFound}/{ClausesLabelled} = {ClauseRecall:0.00} |");
        b.AppendLine(c, $"| app clauses not in the labels | {AppClausesUnlabelled}/{AppClauses} = {UnlabelledShare:0.00} |");
        b.AppendLine(c, $"| modality agreement | {ModalityAgrees}/{ClausesFound} = {ModalityAgreement:0.00} |");
        b.AppendLine(c, $"| open clauses worded cleanly (statement ≤ 12 words, no leading gerund or auxiliary, no quote mark; id ≤ 5 words, no name) | " +
            $"{OpenClauses - OpenClausesBadlyWorded}/{OpenClauses} |");
        b.AppendLine(c, $"| dated events right | {EventsRight}/{EventsLabelled} = {DateAccuracy:0.00} |");
        b.AppendLine(c, $"| events dated on a dateline | {DatelineEvents} |");
        b.AppendLine(c, $"| treaty grouping | {AppTreaties} app treaties for {TrueTreaties} true; pairwise P={Grouping.Precision:0.00} " +
            $"R={Grouping.Recall:0.00} (tp {Grouping.TruePositives} fp {Grouping.FalsePositives} fn {Grouping.FalseNegatives}) |");
        if (misses)
        {
            b.AppendLine();
            b.AppendLine(c, $"Misses ({Misses.Count}):");
            foreach (var miss in Misses)
            {
                b.AppendLine(c, $"  {miss}");
            }
        }

        return b.ToString();
    }
}
