using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Evaluation;

/// <summary>
/// The development corpus as a user's archive holds it: every article saved as plain text (no front matter at all),
/// with the shipped seed beside them, loaded as one corpus. Scores which treaty each article lands in, its name and
/// its parties against the labels, and the pairwise grouping over every article.
/// </summary>
public static class ArchiveEvaluation
{
    /// <summary>Evaluates <paramref name="devsetFolder"/> loaded together with the seeds in <paramref name="seedsFolder"/>.</summary>
    public static ArchiveReport Run(string devsetFolder, string seedsFolder, ExtractionPipeline? pipeline = null)
    {
        var labels = ArticleLabels.ReadAll(Path.Combine(devsetFolder, "labels"));
        var folder = Directory.CreateTempSubdirectory("treatybrowser-archive-");
        try
        {
            foreach (var label in labels)
            {
                File.Copy(Path.Combine(devsetFolder, "articles", label.File), Path.Combine(folder.FullName, label.File));
            }

            var seeds = Directory.GetFiles(seedsFolder).Where(f => FileKindOf(f)).ToList();
            foreach (var seed in seeds)
            {
                File.Copy(seed, Path.Combine(folder.FullName, Path.GetFileName(seed)));
            }

            var corpus = CorpusBuilder.Build(SeedFolder.Read(folder.FullName), pipeline ?? new ExtractionPipeline());
            return Score(corpus, labels, seeds.Select(Path.GetFileName).ToList()!, devsetFolder);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static bool FileKindOf(string path) => Path.GetExtension(path) is ".txt" or ".md";

    private static ArchiveReport Score(Corpus corpus, List<ArticleLabels> labels, List<string> seedFiles, string devsetFolder)
    {
        var report = new ArchiveReport();
        var groups = new List<(string Truth, string? App)>();
        foreach (var label in labels)
        {
            var document = corpus.Documents.FirstOrDefault(d => d.FileName == label.File);
            var text = File.ReadAllText(Path.Combine(devsetFolder, "articles", label.File));
            var treaty = document is null ? null : corpus.TreatyOf(document.Id);
            var row = new ArchiveRow(
                Path.GetFileNameWithoutExtension(label.File),
                label.Treaty,
                label.Parties,
                treaty?.Name,
                treaty?.NameInferred ?? false,
                treaty is null ? [] : [.. treaty.Parties],
                treaty is not null && TreatyNameMatch.Names(treaty.Name, label.Treaty),
                treaty is not null && PartiesMatch(treaty.Parties, label.Parties))
            {
                Outlet = (document?.Metadata.Outlet, label.Source?.Outlet,
                    label.Source?.Outlet is { } named && OutletMatch.NamedIn(text, named),
                    document?.Metadata.Outlet is { } outlet && label.Source?.Outlet is { } labelled && OutletMatch.Names(outlet, labelled)),
                Published = (document?.Metadata.Published, label.DocumentDate, label.DocumentDate is { } date && States(text, date),
                    label.DocumentDate is not null && document?.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == label.DocumentDate),
            };
            report.Rows.Add(row);
            groups.Add((label.Treaty, treaty?.Id));
        }

        // The seeds are articles of the archive too: an article merged into the seed's treaty is a wrong merge.
        foreach (var seed in seedFiles)
        {
            var document = corpus.Documents.FirstOrDefault(d => d.FileName == seed);
            if (document is not null)
            {
                groups.Add(($"seed: {document.Metadata.Treaty ?? seed}", corpus.TreatyOf(document.Id)?.Id));
            }
        }

        report.TrueTreaties = groups.Select(g => g.Truth).Distinct().Count();
        report.AppTreaties = groups.Select(g => g.App).Distinct().Count();
        PairwiseGrouping.Score(groups, report.Grouping, report.GroupingMisses);
        return report;
    }

    // The text writes the date in full (with its year) on some line: only then can the app read it from the text.
    private static bool States(string text, string iso) => text.Split('\n').Any(line =>
        Core.Timeline.DateFinder.Find(line).Any(d => d.Kind == Core.Timeline.MentionKind.FullDate && d.Year > 0
            && $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}" == iso));

    private static bool PartiesMatch(IEnumerable<string> app, IEnumerable<string> labelled)
    {
        var want = labelled.Select(PartyName).ToHashSet(StringComparer.Ordinal);
        var got = app.Select(PartyName).ToHashSet(StringComparer.Ordinal);
        return want.SetEquals(got);
    }

    // "Libya (Government of National Accord)" is Libya; every form resolves to the gazetteer's name.
    private static string PartyName(string party)
    {
        var bare = party.Split(" (", 2)[0].Trim();
        return Gazetteer.Default.Resolve(bare)?.Name ?? bare;
    }
}
