using System.Text.RegularExpressions;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;
using TreatyBrowser.Core.Stages.Sentences;

namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>The examples docs/extending.md quotes, compiled and run, so the guide cannot drift from the code.</summary>
public sealed class ExtendingExamplesTests
{
    // docs/extending.md, "Add a stage": a stage that marks each sentence naming a sum of money, the sums as its reasons.
    private sealed class MoneyStage(CompiledLexicon lexicon) : ISentenceStage
    {
        // The shape in code, the words ("million", "billion") in the lexicon's word list moneyScales.
        private readonly Regex _sum = lexicon.Grammar(@"[$€£]\s?\d[\d.,]*(?:\s?{moneyScales})?");

        public StageData Writes => StageData.Categories;

        public void Read(SentenceAnalysis sentence)
        {
            var sums = _sum.Matches(sentence.Sentence.Text).Select(m => m.Value).ToList();
            if (sums.Count > 0)
            {
                sentence.Categories.Add(new CategoryDecision("money", [.. sums]));
            }
        }
    }

    private static Lexicon Extension(string json) => Lexicon.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "extension.json");

    [Fact]
    public void A_new_sentence_stage_is_one_class_and_one_line_in_the_builder()
    {
        var money = Extension("""{ "format": "treatybrowser-lexicon", "wordLists": { "moneyScales": ["million", "billion"] } }""");
        var builder = new ExtractionPipelineBuilder(Lexicon.Default.Extend(money)).UseDefaults();
        builder.SentenceStages.Add(r => new MoneyStage(r.Lexicon));
        var pipeline = builder.Build();

        var analysis = pipeline.Analyze(DocumentLoader.Load("port.txt",
            "Chile and Peru signed a port agreement on Monday. Chile will pay $40 million for the new quay.\n"), cancellationToken: TestContext.Current.CancellationToken);
        var sums = Assert.Single(analysis.Document.Sentences.SelectMany(s => s.Categories), c => c.Category == "money");
        Assert.Equal(["$40 million"], sums.Reasons);
    }

    // A stage that reads the context flag: added before the categorizer that writes it, it still runs after it.
    private sealed class ContextCounter(List<bool> seen) : ISentenceStage
    {
        public StageData Reads => StageData.Context;

        public StageData Writes => StageData.None;

        public void Read(SentenceAnalysis sentence)
        {
            lock (seen)
            {
                seen.Add(sentence.IsContext);
            }
        }
    }

    [Fact]
    public void A_stage_runs_after_the_stages_that_write_what_it_reads_whatever_the_order_it_was_added_in()
    {
        var seen = new List<bool>();
        var builder = new ExtractionPipelineBuilder();
        builder.SentenceStages.Add(_ => new ContextCounter(seen));
        builder.SentenceStages.Add(r => new SentenceCategorizer(r.Lexicon));
        var pipeline = builder.Build();
        pipeline.Analyze(DocumentLoader.Load("critics.txt",
            "Chile and Peru signed a port agreement on Monday. Critics accused both of ignoring fishermen.\n"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(true, seen);
    }

    [Fact]
    public void Two_stages_that_each_read_what_the_other_writes_are_refused_naming_them()
    {
        var builder = new ExtractionPipelineBuilder();
        builder.SentenceStages.Add(_ => new Loop(StageData.Categories, StageData.Context));
        builder.SentenceStages.Add(_ => new Loop(StageData.Context, StageData.Categories));
        var e = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("Loop (reads Categories, writes Context), Loop (reads Context, writes Categories)", e.Message, StringComparison.Ordinal);
    }

    private sealed class Loop(StageData reads, StageData writes) : ISentenceStage
    {
        public StageData Reads => reads;

        public StageData Writes => writes;

        public void Read(SentenceAnalysis sentence)
        {
        }
    }

    [Fact]
    public void A_pattern_naming_a_list_the_lexicon_lacks_fails_at_once_naming_it()
    {
        var builder = new ExtractionPipelineBuilder().UseDefaults();
        builder.SentenceStages.Add(r => new MoneyStage(r.Lexicon));
        var e = Assert.Throws<InvalidDataException>(() => builder.Build());
        Assert.Contains("\"moneyScales\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_added_to_a_list_reaches_every_pattern_that_names_it()
    {
        // docs/extending.md, "Add a cue or a lexicon list": "covenant" added to agreementNouns; the term reader's
        // pattern names that list, so "a 25-year covenant" gives the treaty its term.
        const string Article = "Chile and Peru signed a 25-year covenant on fisheries on Monday. Both will share port fees.\n";
        Treaty TreatyRead(Lexicon lexicon) => CorpusBuilder.Build(
            new SeedFolderContents([DocumentLoader.Load("covenant.txt", Article)], []), new ExtractionPipeline(lexicon), cancellationToken: TestContext.Current.CancellationToken).Treaties.Single();

        Assert.Null(TreatyRead(Lexicon.Default).Term);
        var covenant = Extension("""{ "format": "treatybrowser-lexicon", "agreementNouns": ["covenant"] }""");
        Assert.Equal("25 years", TreatyRead(Lexicon.Default.Extend(covenant)).Term?.Text);
    }

    [Fact]
    public void A_new_cue_is_one_entry_in_a_lexicon_extension()
    {
        // docs/extending.md, "Add a cue or a list entry": "krill" becomes an economic cue without a rebuild.
        var extension = Lexicon.Load(new MemoryStream("""
            { "format": "treatybrowser-lexicon", "categories": [ { "name": "economic", "cues": ["krill"] } ] }
            """u8.ToArray()), "krill.json");
        var pipeline = new ExtractionPipeline(Lexicon.Default.Extend(extension));
        var analysis = pipeline.Analyze(DocumentLoader.Load("krill.txt",
            "Chile and Norway signed an accord on Monday. Both will share krill quotas.\n"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(analysis.Document.Sentences.SelectMany(s => s.Categories), c => c.Category == "economic" && c.Reasons.Contains("krill"));
    }
}
