using System.Diagnostics;
using System.Globalization;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Search;

namespace TreatyBrowser.Bench;

/// <summary>
/// Loads N generated articles and reports each stage's time, peak memory and in-process search latency. Each size
/// runs in a fresh process so that its peak memory is its own.
/// </summary>
internal static class ScaleBenchmark
{
    /// <summary>A fixed query mix: words, a phrase, a prefix, boolean operators, a filter.</summary>
    private static readonly SearchRequest[] Queries =
    [
        new("defence"), new("joint exercises"), new("\"military-technical cooperation\""), new("interbank OR tariffs"),
        new("aggressor"), new("milit*"), new("intelligence NOT drills"), new("free trade agreement"),
        new("parliament ratified"), new("exchange", Category: "intelligence"),
    ];

    public static void RunAll(IEnumerable<int> sizes)
    {
        Console.WriteLine("| articles | MB | first load s | parse ms | extract ms | index ms | warm load s | peak working set MB | managed heap MB | search p50 ms | search p99 ms |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var n in sizes)
        {
            var self = Environment.ProcessPath!;
            var args = self.EndsWith("dotnet", StringComparison.Ordinal) ? $"\"{typeof(ScaleBenchmark).Assembly.Location}\" scale-one {n}" : $"scale-one {n}";
            using var child = Process.Start(new ProcessStartInfo(self, args) { RedirectStandardOutput = true })!;
            var line = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1];
            child.WaitForExit();
            Console.WriteLine(line);
        }
    }

    public static void RunOne(int n)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tb-scale-{n}-{Environment.ProcessId}");
        try
        {
            var bytes = ArticleGenerator.Write(n, folder);
            var pipeline = new ExtractionPipeline();
            pipeline.WhenCompiled.Wait();

            // The first load in a fresh process also pays for compiling the code it runs; the second shows the
            // loader's own speed. Both are reported.
            var cold = Load(folder, pipeline);
            var warm = Load(folder, pipeline);
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;

            for (var round = 0; round < 30; round++)
            {
                foreach (var q in Queries)
                {
                    warm.Index.Search(q);
                }
            }

            var timings = new List<double>();
            for (var round = 0; round < 100; round++)
            {
                foreach (var q in Queries)
                {
                    var t = Stopwatch.GetTimestamp();
                    warm.Index.Search(q);
                    timings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            }

            timings.Sort();
            GC.KeepAlive(cold);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n:N0} | {bytes / 1e6:F1} | {cold.Total.TotalSeconds:F2} | {warm.Parse.TotalMilliseconds:F0} | {warm.Extract.TotalMilliseconds:F0} | {warm.Indexing.TotalMilliseconds:F0} | {warm.Total.TotalSeconds:F2} | {peak / 1e6:F0} | {heap / 1e6:F0} | {Percentile(timings, 0.50):F2} | {Percentile(timings, 0.99):F2} |"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static LoadTimes Load(string folder, ExtractionPipeline pipeline)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var contents = SeedFolder.Read(folder);
        var parse = clock.Elapsed;
        var analyses = contents.Documents.AsParallel().AsOrdered().Select(pipeline.Analyze).ToList();
        var treaties = pipeline.BuildTreaties(analyses);
        var extract = clock.Elapsed - parse;
        var index = SearchIndex.Build(analyses.Select(a => a.Document), treaties, pipeline.SentenceCategories, Synonyms.Default);
        return new LoadTimes(parse, extract, clock.Elapsed - parse - extract, clock.Elapsed, index);
    }

    private sealed record LoadTimes(TimeSpan Parse, TimeSpan Extract, TimeSpan Indexing, TimeSpan Total, SearchIndex Index);

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
