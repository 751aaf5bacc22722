using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>
/// One of our own test articles with what a careful reader expects of it, from its <c>.expected</c> file:
/// <c>s-2: defence timeline</c> per body sentence, and <c>clause defence/id modality: s-2 s-3 [| parties: A, B]</c>.
/// </summary>
internal sealed record ExpectedModel(string Article, Dictionary<string, HashSet<string>> Categories, List<string> Clauses)
{
    public static readonly string Folder = Path.Combine(TestFiles.ArticlesFolder, "single");

    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(Folder, "*.expected").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static ExpectedModel Load(string name)
    {
        var categories = new Dictionary<string, HashSet<string>>();
        var clauses = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, name + ".expected")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            if (line.StartsWith("clause ", StringComparison.Ordinal))
            {
                clauses.Add(line["clause ".Length..]);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            categories[line[..colon]] = [.. line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }

        return new ExpectedModel(Directory.EnumerateFiles(Folder, name + ".*").Single(f => !f.EndsWith(".expected", StringComparison.Ordinal)), categories, clauses);
    }

    /// <summary>Loads and analyses the article on its own, as a corpus of one.</summary>
    public (SourceDocument Document, Treaty Treaty) Analyse()
    {
        var document = DocumentLoader.Load(Path.GetFileName(Article), File.ReadAllBytes(Article));
        var pipeline = Pipeline;
        var analysis = pipeline.Analyze(document);
        return (analysis.Document, pipeline.BuildTreaties([analysis]).Single());
    }

    /// <summary>A clause printed in the .expected format.</summary>
    public static string Describe(Clause c, bool withParties) =>
        $"{c.Category}/{c.Id} {c.Modality.ToString().ToLowerInvariant()}: {string.Join(" ", c.Evidence.Select(e => e.SentenceId))}"
        + (withParties ? $" | parties: {string.Join(", ", c.Parties)}" : "");

    private static readonly ExtractionPipeline Pipeline = new();
}
