using System.Text;
using System.Text.Json;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Tests.Loading;

/// <summary>
/// Work and output grow with the input, not with its square: an overlong "sentence" is cut into pieces, an event
/// never copies its whole sentence, and a document past the caps says what was left unread.
/// </summary>
public sealed class BoundedWorkTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    private static DocumentAnalysis Analyse(string unit, int kilobytes)
    {
        var text = "---\npublished: 2025-01-01\n---\n" + string.Concat(Enumerable.Repeat(unit, kilobytes * 1024 / unit.Length));
        return Pipeline.Analyze(DocumentLoader.Load("dense.txt", Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_line_with_no_full_stop_is_read_in_pieces_and_the_file_says_so()
    {
        var analysis = Analyse("within 30 days of being signed ", 64);
        Assert.All(analysis.Document.Sentences, s => Assert.InRange(s.Text.Length, 1, SentenceSplitter.MaxLength));
        Assert.Contains(analysis.Document.Warnings, w => w.Contains("cut into pieces", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_says_what_happened_in_a_few_words_however_long_its_sentence()
    {
        var analysis = Analyse("within 30 days of being signed ", 16);
        Assert.NotEmpty(analysis.Events);
        Assert.All(analysis.Events, e => Assert.True(e.What.Split(' ').Length <= 31, e.What[..Math.Min(80, e.What.Length)]));
    }

    [Fact]
    public void Output_grows_with_the_input_not_with_its_square()
    {
        // Before: 16 KB of dates gave 25 MB of events, 32 KB gave 100 MB.
        static int Size(DocumentAnalysis a) => JsonSerializer.SerializeToUtf8Bytes(a.Events).Length;
        var small = Size(Analyse("within 30 days of being signed ", 8));
        var large = Size(Analyse("within 30 days of being signed ", 32));
        Assert.InRange(large, 1, small * 5);
        Assert.InRange(large, 1, 32 * 1024 * 200);
    }

    [Fact]
    public void Past_the_cap_sentences_are_counted_and_reported_not_silently_dropped()
    {
        // 25,000 sentences in 275 KB: before, every one was kept, and a 4 MiB file of them made 1.4 million.
        var document = DocumentLoader.Load("showers.txt", string.Concat(Enumerable.Repeat("It rained. ", 25_000)));
        Assert.Equal(DocumentLoader.MaxSentences, document.Sentences.Length);
        Assert.Contains("5,000 sentence(s) past the first 20,000 were not read", document.Warnings);
    }

    [Fact]
    public void Past_the_cap_dated_events_are_counted_and_reported_not_silently_dropped()
    {
        var analysis = Analyse("Monday Tuesday Wednesday ", 64);
        Assert.Equal(ExtractionPipeline.MaxEvents, analysis.Events.Length);
        Assert.Contains(analysis.Document.Warnings, w => w.Contains($"past the first {ExtractionPipeline.MaxEvents:N0} were not read", StringComparison.Ordinal));
    }

    [Fact]
    public void An_analysis_whose_reader_has_gone_stops_instead_of_running_on()
    {
        // Cancelled after the first few sentences of 2,000: the analysis stops there, with no partial result.
        var document = DocumentLoader.Load("long.txt", string.Concat(Enumerable.Repeat("The agreement will cut tariffs on frozen fish. ", 2_000)));
        using var gone = new CancellationTokenSource();
        var read = 0;
        var builder = new ExtractionPipelineBuilder();
        builder.SentenceStages.Add(_ => new CountingStage(() =>
        {
            if (++read == 5)
            {
                gone.Cancel();
            }
        }));
        var counting = builder.Build();
        Assert.Throws<OperationCanceledException>(() => counting.Analyze(document, gone.Token));
        Assert.Equal(5, read);

        Assert.ThrowsAny<OperationCanceledException>(() => CorpusBuilder.Build(new SeedFolderContents([document], []), Pipeline, cancellationToken: gone.Token));
    }

    // A stage that only counts the sentences it is given.
    private sealed class CountingStage(Action onSentence) : ISentenceStage
    {
        public StageData Writes => StageData.None;

        public void Read(SentenceAnalysis sentence) => onSentence();
    }
}
