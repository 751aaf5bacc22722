using System.Text.Json;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Evaluation;

/// <summary>
/// Loads the development corpus as seeds (front matter: outlet and publication date only, never the treaty), runs
/// the real loader and extraction pipeline over them, and scores the model against the labels.
/// </summary>
public static class DevsetEvaluation
{
    private static readonly string[] Scored = ["defence", "intelligence", "economic"];

    /// <summary>Evaluates the corpus in <paramref name="devsetFolder"/> (with <c>articles/</c> and <c>labels/</c>).</summary>
    public static EvaluationReport Run(string devsetFolder, ExtractionPipeline? pipeline = null)
    {
        var labels = ArticleLabels.ReadAll(Path.Combine(devsetFolder, "labels"));
        var seeds = Directory.CreateTempSubdirectory("treatybrowser-devset-");
        try
        {
            foreach (var label in labels)
            {
                WriteSeed(seeds.FullName, label, File.ReadAllText(Path.Combine(devsetFolder, "articles", label.File)));
            }

            var corpus = CorpusBuilder.Build(SeedFolder.Read(seeds.FullName), pipeline ?? new ExtractionPipeline());
            return Score(corpus, labels);
        }
        finally
        {
            seeds.Delete(recursive: true);
        }
    }

    /// <summary>The article as a seed, as the devset README says: outlet and published, nothing else.</summary>
    public static void WriteSeed(string folder, ArticleLabels label, string text)
    {
        var front = $"---\noutlet: {JsonSerializer.Serialize(label.Source?.Outlet ?? "")}\n"
            + (label.DocumentDate is { } date ? $"published: {date}\n" : "") + "---\n";
        File.WriteAllText(Path.Combine(folder, Path.GetFileNameWithoutExtension(label.File) + ".txt"), front + text);
    }

    private static EvaluationReport Score(Corpus corpus, List<ArticleLabels> labels)
    {
        var report = new EvaluationReport { Documents = labels.Count };
        var clauses = corpus.Treaties.SelectMany(t => t.Clauses).ToList();
        var events = corpus.Treaties.SelectMany(t => t.Timeline.Events).ToList();
        var groups = new List<(string Truth, string? App)>();
        foreach (var label in labels)
        {
            var stem = Path.GetFileNameWithoutExtension(label.File);
            var document = corpus.Documents.FirstOrDefault(d => d.FileName.StartsWith(stem, StringComparison.Ordinal));
            if (document is null)
            {
                report.Misses.Add($"{label.File}: not loaded");
                continue;
            }

            groups.Add((label.Treaty, corpus.TreatyOf(document.Id)?.Id));
            var aligned = ScoreSentences(report, stem, document, label);
            ScoreClauses(report, stem, document, label, aligned, clauses);
            ScoreEvents(report, stem, document, label, aligned, events);
        }

        ScoreGrouping(report, groups);
        StatementQuality.Score(report, corpus.Treaties);
        return report;
    }

    private static Dictionary<int, Sentence> ScoreSentences(EvaluationReport report, string stem, SourceDocument document, ArticleLabels label)
    {
        var normalized = document.Sentences.Select(s => (s, TextAlignment.Normalize(s.Text))).ToList();
        var aligned = new Dictionary<int, Sentence>();
        foreach (var labelled in label.Sentences)
        {
            report.SentencesLabelled++;
            var gold = labelled.Categories.Intersect(EvaluationReport.Categories).ToHashSet();
            var sentence = TextAlignment.Find(normalized, labelled.StartsWith, labelled.Kind == "dateline");
            if (sentence is null)
            {
                foreach (var category in gold)
                {
                    report.ByCategory[category].FalseNegatives++;
                }

                report.Misses.Add($"{stem} [{labelled.Index}] not aligned: {labelled.StartsWith}");
                continue;
            }

            report.SentencesAligned++;
            aligned[labelled.Index] = sentence;
            var predicted = sentence.Categories.Select(c => c.Category).ToHashSet();
            foreach (var category in EvaluationReport.Categories)
            {
                var tally = report.ByCategory[category];
                switch (predicted.Contains(category), gold.Contains(category))
                {
                    case (true, true):
                        tally.TruePositives++;
                        break;
                    case (true, false):
                        tally.FalsePositives++;
                        report.Misses.Add($"{stem} {sentence.Id} FP {category}: {Clip(sentence.Text)}");
                        break;
                    case (false, true):
                        tally.FalseNegatives++;
                        report.Misses.Add($"{stem} {sentence.Id} FN {category}: {Clip(sentence.Text)}");
                        break;
                }
            }
        }

        return aligned;
    }

    private static void ScoreClauses(EvaluationReport report, string stem, SourceDocument document, ArticleLabels label, Dictionary<int, Sentence> aligned, List<Clause> clauses)
    {
        var mine = clauses.Where(c => c.Evidence.Any(e => e.DocumentId == document.Id)).ToList();
        var labelledSentences = new HashSet<string>(StringComparer.Ordinal);
        foreach (var labelled in label.Clauses.Where(c => Scored.Contains(c.Category)))
        {
            report.ClausesLabelled++;
            var ids = labelled.SentenceIndexes.Where(aligned.ContainsKey).Select(i => aligned[i].Id).ToHashSet(StringComparer.Ordinal);
            labelledSentences.UnionWith(ids);
            var hits = mine.Where(c => c.Category == labelled.Category && c.Evidence.Any(e => e.DocumentId == document.Id && ids.Contains(e.SentenceId))).ToList();
            if (hits.Count == 0)
            {
                report.Misses.Add($"{stem} clause missed ({labelled.Category}, {labelled.Modality}) [{string.Join(",", labelled.SentenceIndexes)}]: {Clip(labelled.Summary)}");
                continue;
            }

            report.ClausesFound++;
            if (hits.Any(c => ModalityName(c.Modality) == labelled.Modality))
            {
                report.ModalityAgrees++;
            }
            else
            {
                report.Misses.Add($"{stem} modality {labelled.Modality}, app {string.Join("/", hits.Select(h => ModalityName(h.Modality)).Distinct())}: {Clip(labelled.Summary)}");
            }
        }

        report.AppClauses += mine.Count;
        foreach (var clause in mine.Where(c => !c.Evidence.Any(e => e.DocumentId == document.Id && labelledSentences.Contains(e.SentenceId))))
        {
            report.AppClausesUnlabelled++;
            var where = clause.Evidence.First(e => e.DocumentId == document.Id);
            report.Misses.Add($"{stem} clause unlabelled: {clause.Category}/{clause.Id} ({ModalityName(clause.Modality)}) at {where.SentenceId}: {Clip(where.Phrase)}");
        }
    }

    private static void ScoreEvents(EvaluationReport report, string stem, SourceDocument document, ArticleLabels label, Dictionary<int, Sentence> aligned, List<TimelineEvent> events)
    {
        var mine = events.Where(e => e.DocumentId == document.Id).ToList();
        var datelines = label.Sentences.Where(s => s.Kind == "dateline" && aligned.ContainsKey(s.Index)).Select(s => aligned[s.Index].Id)
            .Concat(document.Sentences.Where(s => s.Role == SentenceRole.Dateline).Select(s => s.Id)).ToHashSet(StringComparer.Ordinal);
        report.DatelineEvents += mine.Count(e => datelines.Contains(e.SentenceId));
        foreach (var labelled in label.Timeline.Where(e => e.Date is not null))
        {
            report.EventsLabelled++;
            var got = aligned.TryGetValue(labelled.SentenceIndex, out var sentence) ? mine.Where(e => e.SentenceId == sentence.Id).ToList() : [];
            if (got.Any(e => IsoPeriod.Agrees(e.When.Date?.Iso, labelled.Date!)))
            {
                report.EventsRight++;
            }
            else
            {
                report.Misses.Add($"{stem} date {labelled.Date} ({labelled.ResolvedFrom}) got [{string.Join(", ", got.Select(e => e.When.Date?.Iso ?? "unresolved"))}]");
            }
        }
    }

    private static void ScoreGrouping(EvaluationReport report, List<(string Truth, string? App)> groups)
    {
        report.TrueTreaties = groups.Select(g => g.Truth).Distinct().Count();
        report.AppTreaties = groups.Select(g => g.App).Distinct().Count();
        PairwiseGrouping.Score(groups, report.Grouping, report.Misses);
    }

    private static string ModalityName(Modality modality) => modality.ToString().ToLowerInvariant();

    private static string Clip(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
