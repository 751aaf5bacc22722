using System.Diagnostics;
using System.Globalization;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Snapshots;

namespace TreatyBrowser.Bench;

/// <summary>
/// One corpus size, end to end, in a fresh process so that its peak memory is its own: the first load (scan,
/// extraction, index), saving the snapshot, a restart from it (read back, every file stat'ed, nothing read or extracted), a
/// one-file change seen through an incremental reload, and search latency. One Markdown row.
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

    public const string Header =
        "| articles | MB | first load s | scan ms | warm extract ms (≤10k articles) | extract MB/s | warm index ms (≤10k) | snapshot save ms | " +
            "snapshot MB | restart ms | one-file change ms | search p50 ms | search p99 ms | peak working set MB | managed heap MB |\n" +
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public static void RunAll(IEnumerable<int> sizes)
    {
        Console.WriteLine(Header);
        foreach (var n in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"tb-scale-{n}-{Environment.ProcessId}");
            try
            {
                ArticleGenerator.Write(n, folder);
                Console.WriteLine(Child($"scale-one {folder}"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Measures the articles in <paramref name="folder"/> (made by <c>generate</c>); the snapshot goes beside it.</summary>
    public static void RunOne(string folder)
    {
        var cache = folder + ".snapshots";
        var files = Directory.GetFiles(folder);
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var pipeline = new ExtractionPipeline();
        pipeline.CompileAsync().Wait();
        var identity = SnapshotIdentity.For(pipeline.Lexicon, "bench");
        var store = new SnapshotStore(cache);
        try
        {
            // First load, as the app's first start: every file read and hashed, extracted, indexed; in a fresh
            // process, so it also pays for compiling the code it runs.
            var clock = Stopwatch.StartNew();
            var contents = SeedFolder.Read(folder);
            var scan = clock.Elapsed;
            var first = CorpusBuilder.Build(contents, pipeline);
            var firstLoad = clock.Elapsed;

            // Extraction and indexing again, warm, over at most 10,000 articles: their own speed.
            var sample = contents.Documents.Take(10_000).ToList();
            var sampleBytes = sample.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
            contents = null;
            clock.Restart();
            var analyses = sample.AsParallel().AsOrdered().Select(pipeline.Analyze).ToList();
            var treaties = pipeline.BuildTreaties(analyses);
            var extract = clock.Elapsed;
            clock.Restart();
            SearchIndex.Build(analyses.Select(a => a.Document), treaties, pipeline.SentenceCategories, Synonyms.Default);
            var index = clock.Elapsed;
            (sample, analyses, treaties) = (null!, null!, default);

            clock.Restart();
            using (var hold = first.Search.Commit())
            {
                store.Write(first.Parts, hold, identity);
            }

            var save = clock.Elapsed;
            var snapshotBytes = Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            first = null;
            GC.Collect();

            // A restart, as the app makes it (CorpusLoader): the snapshot read back, every file's size and time
            // checked against it, nothing read again or extracted.
            var loader = new CorpusLoader(pipeline, new CorpusLoaderSettings(folder) { Snapshots = store, SnapshotIdentity = identity }, TimeProvider.System);
            clock.Restart();
            var restart = loader.Load(null);
            var restartTime = clock.Elapsed;
            Console.Error.WriteLine($"{files.Length:N0} articles, restart: {restart.How}");
            Check(restart.Origin == CorpusOrigin.SavedSnapshot, $"the restart did not start from the snapshot: {restart.SnapshotProblem}");
            Check(restart.Change?.Analysed == 0, $"the restart analysed {restart.Change?.Analysed} files");

            // One file changes: the reload reads it alone, analyses it, and its new words are found.
            var changed = files.Order(StringComparer.Ordinal).Skip(files.Length / 2).First();
            File.AppendAllText(changed, "\nBoth sides will also set up a quokkawatch observatory.\n");
            clock.Restart();
            var reload = loader.Load(restart.Corpus);
            var oneFile = clock.Elapsed;
            Console.Error.WriteLine($"{files.Length:N0} articles, one-file change: {reload.How}");
            Check(reload.Change?.Analysed == 1, $"the one-file change analysed {reload.Change?.Analysed} files");
            var updated = reload.Corpus;
            Check(updated.Search.Search(new SearchRequest("quokkawatch")).Total > 0, "the changed file's new word is not found");
            restart = null;

            // The live corpus's managed memory: what a running app holds for it.
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            var (p50, p99) = SearchLatency(updated.Search);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            GC.KeepAlive(updated);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {files.Length:N0} | {bytes / 1e6:F1} | {firstLoad.TotalSeconds:F2} | {scan.TotalMilliseconds:F0} | {extract.TotalMilliseconds:F0} " +
                    $"| {sampleBytes / 1e6 / extract.TotalSeconds:F1} | {index.TotalMilliseconds:F0} | {save.TotalMilliseconds:F0} | " +
                    $"{snapshotBytes / 1e6:F0} | {restartTime.TotalMilliseconds:F0} | {oneFile.TotalMilliseconds:F0} | {p50:F2} | {p99:F2} | {peak / 1e6:F0} | {heap / 1e6:F0} |"));
        }
        finally
        {
            if (Directory.Exists(cache) && Environment.GetEnvironmentVariable("KEEP_SNAPSHOT") is null)
            {
                Directory.Delete(cache, recursive: true);
            }
        }
    }

    /// <summary>
    /// A restart alone, in a fresh process, from the snapshot saved beside <paramref name="folder"/>: what the app's
    /// start pays before it serves, less the host; then the same again, warm. Without a snapshot this build can read,
    /// it builds the corpus whole and saves one, for the next run.
    /// </summary>
    public static void Restart(string folder)
    {
        var pipeline = new ExtractionPipeline();
        pipeline.CompileAsync().Wait();
        var store = new SnapshotStore(folder + ".snapshots");
        var loader = new CorpusLoader(pipeline, new CorpusLoaderSettings(folder) { Snapshots = store, SnapshotIdentity = SnapshotIdentity.For(pipeline.Lexicon, "bench") },
            TimeProvider.System);
        var identity = loader.Settings.SnapshotIdentity;
        if (store.Open(identity, pipeline.Lexicon, pipeline.SentenceCategories, Synonyms.Default) is (null, { } problem))
        {
            var built = loader.Load(null);
            using (var hold = built.Corpus.Search.Commit())
            {
                store.Write(built.Corpus.Parts, hold, identity);
            }

            Console.WriteLine($"no snapshot to restart from ({problem}): built whole and saved one; run again");
            return;
        }

        foreach (var run in new[] { "cold", "warm" })
        {
            var clock = Stopwatch.StartNew();
            var restart = loader.Load(null);
            Check(restart.Origin == CorpusOrigin.SavedSnapshot, $"the restart did not start from the snapshot: {restart.SnapshotProblem}");
            var elapsed = clock.ElapsedMilliseconds;
            Console.WriteLine($"{run}: {elapsed:N0} ms, managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB holding the corpus; {restart.How}");
            GC.KeepAlive(restart);
        }

        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
    }

    private static (double P50, double P99) SearchLatency(SearchIndex index)
    {
        for (var round = 0; round < 30; round++)
        {
            foreach (var q in Queries)
            {
                index.Search(q);
            }
        }

        var timings = new List<double>();
        for (var round = 0; round < 100; round++)
        {
            foreach (var q in Queries)
            {
                var t = Stopwatch.GetTimestamp();
                index.Search(q);
                timings.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        }

        // Per query (to stderr): which of the mix is slow.
        for (var q = 0; q < Queries.Length; q++)
        {
            var own = timings.Where((_, i) => i % Queries.Length == q).Order().ToList();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  search {Queries[q].Query}{(Queries[q].Category is { } c ? $" in {c}" : "")}: p50 {Percentile(own, 0.5):F2} ms, max {own[^1]:F2} ms, {index.Search(Queries[q]).Total:N0} hits"));
        }

        timings.Sort();
        return (Percentile(timings, 0.50), Percentile(timings, 0.99));
    }

    private static void Check(bool ok, string problem)
    {
        if (!ok)
        {
            throw new InvalidOperationException(problem);
        }
    }

    private static string Child(string arguments)
    {
        var self = Environment.ProcessPath!;
        var args = self.EndsWith("dotnet", StringComparison.Ordinal) ? $"\"{typeof(ScaleBenchmark).Assembly.Location}\" {arguments}" : arguments;
        using var child = Process.Start(new ProcessStartInfo(self, args) { RedirectStandardOutput = true })!;
        var line = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1];
        child.WaitForExit();
        return line;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
