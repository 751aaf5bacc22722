using System.Text;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Tests.Loading;

/// <summary>
/// Doubling the input roughly doubles the work of reading and analysing it, for every shape of hostile text the
/// issues named and a few more. Work is counted as the bytes allocated on the test's own thread (deterministic, unlike
/// a clock): work that grew with the square of the input (each date copying its sentence, each item re-read against
/// its whole line) shows as a ratio near 4. Scanning that allocates nothing is guarded by a generous time-out on a
/// megabyte instead (<see cref="A_megabyte_of_full_stops_is_read_in_a_single_pass"/>).
/// </summary>
public sealed class WorkDoublingTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    public static TheoryData<string, string, bool> Shapes => new()
    {
        { "full stops", ".", false },
        { "full stops and spaces", ". ", false },
        { "a date clause", "within 30 days of being signed ", false },
        { "weekdays", "Monday Tuesday Wednesday ", false },
        { "one huge word", "a", false },
        { "a provision", "The agreement will cut tariffs on frozen fish. ", false },
        { "quotes and brackets", "\"(“[«‘ ", false },
        { "list items", "1. The parties will share data.\n", false },
        { "headings", "# Heading\n\n", true },
        { "block quotes", "> a\n\n", true },
        { "emphasis", "*a* _b_ `c` ", true },
        { "control characters", "\u0001\u0002\u200B\uFEFF a ", false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Doubling_the_input_roughly_doubles_the_work(string shape, string unit, bool markdown)
    {
        Work(unit, 8, markdown);
        var single = Work(unit, 32, markdown);
        var doubled = Work(unit, 64, markdown);
        var ratio = (double)doubled / single;
        Assert.True(ratio < 2.6, $"{shape}: 32 KB allocated {single:N0} bytes, 64 KB {doubled:N0} (×{ratio:F2}; linear is ×2, square ×4)");
    }

    [Fact(Timeout = 60_000)]
    public async Task A_megabyte_of_full_stops_is_read_in_a_single_pass()
    {
        // Before, the splitter scanned the run of stops ahead from every stop: 64 KB took 2.4 s, 250 KB 36 s, so a
        // megabyte would take about ten minutes. Read once, it takes milliseconds.
        var document = await Task.Run(() => DocumentLoader.Load("stops.txt", new string('.', 1024 * 1024)), TestContext.Current.CancellationToken);
        Assert.All(document.Sentences, s => Assert.InRange(s.Text.Length, 1, SentenceSplitter.MaxLength));
    }

    private static long Work(string unit, int kilobytes, bool markdown)
    {
        var text = new StringBuilder("Ruritania and Freedonia signed a fisheries agreement on Monday.\n\n");
        while (text.Length < kilobytes * 1024)
        {
            text.Append(unit);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            Pipeline.Analyze(DocumentLoader.Load(markdown ? "shape.md" : "shape.txt", text.ToString()));
        }
        catch (LoadException)
        {
            // A shape the loader refuses (no running text) is refused in work that grows with it too.
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
