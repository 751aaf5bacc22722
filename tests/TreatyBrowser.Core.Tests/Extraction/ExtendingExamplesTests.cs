using System.Text.RegularExpressions;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>The examples docs/extending.md quotes, compiled and run, so the guide cannot drift from the code.</summary>
public sealed partial class ExtendingExamplesTests
{
    // docs/extending.md, "Add a stage": a stage that marks each sentence naming a sum of money, the sums as its reasons.
    private sealed partial class MoneyStage : ISentenceStage
    {
        [GeneratedRegex(@"[$€£]\s?\d[\d.,]*(?:\s?(?:million|billion))?")]
        private static partial Regex Sum();

        public void Read(SentenceAnalysis sentence)
        {
            var sums = Sum().Matches(sentence.Sentence.Text).Select(m => m.Value).ToList();
            if (sums.Count > 0)
            {
                sentence.Categories.Add(new CategoryDecision("money", [.. sums]));
            }
        }
    }

    [Fact]
    public void A_new_sentence_stage_is_one_class_and_one_line_in_the_builder()
    {
        var builder = new ExtractionPipelineBuilder().UseDefaults();
        builder.SentenceStages.Add(_ => new MoneyStage());
        var pipeline = builder.Build();

        var analysis = pipeline.Analyze(DocumentLoader.Load("port.txt", "Chile and Peru signed a port agreement on Monday. Chile will pay $40 million for the new quay.\n"), cancellationToken: TestContext.Current.CancellationToken);
        var money = Assert.Single(analysis.Document.Sentences.SelectMany(s => s.Categories), c => c.Category == "money");
        Assert.Equal(["$40 million"], money.Reasons);
    }

    [Fact]
    public void A_new_cue_is_one_entry_in_a_lexicon_extension()
    {
        // docs/extending.md, "Add a cue or a list entry": "krill" becomes an economic cue without a rebuild.
        var extension = Lexicon.Load(new MemoryStream("""
            { "format": "treatybrowser-lexicon", "categories": [ { "name": "economic", "cues": ["krill"] } ] }
            """u8.ToArray()), "krill.json");
        var pipeline = new ExtractionPipeline(Lexicon.Default.Extend(extension));
        var analysis = pipeline.Analyze(DocumentLoader.Load("krill.txt", "Chile and Norway signed an accord on Monday. Both will share krill quotas.\n"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(analysis.Document.Sentences.SelectMany(s => s.Categories), c => c.Category == "economic" && c.Reasons.Contains("krill"));
    }
}
