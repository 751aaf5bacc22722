using System.Runtime.CompilerServices;
using System.Text.Json;
using TreatyBrowser.Evaluation;

namespace TreatyBrowser.Core.Tests.Evaluation;

/// <summary>
/// The ratchet: extraction on the development corpus may not score below the floors kept in
/// tests/devset/floors.json, and a score well above its floor must be written into the file, so that the
/// floor follows every improvement and a later drop shows.
/// </summary>
public sealed class DevsetRatchetTests
{
    private const double Slack = 0.03;

    private static readonly Lazy<EvaluationReport> Report = new(() => DevsetEvaluation.Run(DevsetFolder()));

    // The same articles as an archive holds them: plain texts and the seed, one corpus.
    private static readonly Lazy<ArchiveReport> Archive = new(() => ArchiveEvaluation.Run(DevsetFolder(), Path.Combine(DevsetFolder(), "..", "..", "seeds")));

    private static IReadOnlyDictionary<string, double> Scores => Report.Value.Scores.Concat(Archive.Value.Scores).ToDictionary();

    private static string Table => Report.Value.Print(misses: false) + Environment.NewLine + Archive.Value.Print(all: false);

    public static TheoryData<string> Measures => [.. Floors().Keys];

    [Theory]
    [MemberData(nameof(Measures))]
    public void Score_holds_its_floor(string measure)
    {
        var floor = Floors()[measure];
        var score = Scores[measure];
        Assert.True(score >= floor - 1e-9, $"{measure} fell to {score:0.000}, below its floor {floor:0.000}.\n{Table}");
        Assert.True(score <= floor + Slack, $"{measure} rose to {score:0.000}: raise its floor in tests/devset/floors.json (now {floor:0.000}).");
    }

    [Fact]
    public void Every_score_has_a_floor()
    {
        Assert.Equal(Scores.Keys.Order(StringComparer.Ordinal), Floors().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_article_loads_and_timestamp_lines_are_not_events()
    {
        Assert.DoesNotContain(Report.Value.Misses, m => m.EndsWith(": not loaded", StringComparison.Ordinal));

        // A ceiling, lowered as it falls: b09's "February 5, 2022, 19:00 JST" and two timestamp lines of the later articles.
        Assert.True(Report.Value.DatelineEvents <= 3, $"{Report.Value.DatelineEvents} events dated on a dateline or timestamp line");
    }

    private static Dictionary<string, double> Floors() =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(Path.Combine(DevsetFolder(), "floors.json")))!;

    private static string DevsetFolder([CallerFilePath] string caller = "")
    {
        var dir = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(dir, "TreatyBrowser.sln")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }

        return Path.Combine(dir, "tests", "devset");
    }
}
