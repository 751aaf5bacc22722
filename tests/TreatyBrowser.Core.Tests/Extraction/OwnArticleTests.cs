namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>Our own articles, about other treaties and in other styles, prove the extraction is not tuned to the seed.</summary>
public sealed class OwnArticleTests(ITestOutputHelper output)
{
    private static readonly string[] Scored = ["defence", "intelligence", "economic", "timeline", "context"];

    public static TheoryData<string> Articles => [.. ExpectedModel.Names];

    [Theory]
    [MemberData(nameof(Articles))]
    public void Article_gives_exactly_the_expected_clauses(string name)
    {
        var expected = ExpectedModel.Load(name);
        var (_, treaty) = expected.Analyse();
        var actual = treaty.Clauses.Select(c => ExpectedModel.Describe(c, false)).ToList();
        foreach (var line in expected.Clauses.Where(l => l.Contains(" | parties: ", StringComparison.Ordinal)))
        {
            var clause = treaty.Clauses.Single(c => line.StartsWith($"{c.Category}/{c.Id} ", StringComparison.Ordinal));
            Assert.Equal(line, ExpectedModel.Describe(clause, true));
        }

        Assert.Equal(
            expected.Clauses.Select(l => l.Split(" | ")[0]).Order(StringComparer.Ordinal),
            actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Category_precision_and_recall_over_all_our_articles_are_at_least_90_percent()
    {
        var (truePositives, falsePositives, falseNegatives) = (0, 0, 0);
        foreach (var name in ExpectedModel.Names)
        {
            var expected = ExpectedModel.Load(name);
            var (document, _) = expected.Analyse();
            foreach (var sentence in document.BodySentences)
            {
                var want = expected.Categories.GetValueOrDefault(sentence.Id) ?? [];
                var got = sentence.Categories.Select(c => c.Category).ToHashSet();
                foreach (var category in Scored)
                {
                    (truePositives, falsePositives, falseNegatives) = (want.Contains(category), got.Contains(category)) switch
                    {
                        (true, true) => (truePositives + 1, falsePositives, falseNegatives),
                        (false, true) => (truePositives, falsePositives + 1, falseNegatives),
                        (true, false) => (truePositives, falsePositives, falseNegatives + 1),
                        _ => (truePositives, falsePositives, falseNegatives),
                    };
                    if (want.Contains(category) != got.Contains(category))
                    {
                        output.WriteLine($"{name} {sentence.Id}: {category} expected {want.Contains(category)}, got {got.Contains(category)}");
                    }
                }
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine($"category precision {precision:P1}, recall {recall:P1} (tp {truePositives}, fp {falsePositives}, fn {falseNegatives})");
        Assert.True(precision >= 0.9 && recall >= 0.9, $"precision {precision:P1}, recall {recall:P1}");
    }
}
