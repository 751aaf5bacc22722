using System.Globalization;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Snapshots;

namespace TreatyBrowser.Bench;

/// <summary>
/// Where a corpus's memory goes: the managed heap after each part of a load is built and kept, per article; then the
/// whole corpus built from the articles against the same corpus restored from its snapshot (a snapshot that copied
/// what memory shares, a clause's evidence or a timeline event's words, would make the restored one larger).
/// </summary>
internal static class MemoryProfile
{
    public static void Run(string folder)
    {
        var pipeline = new ExtractionPipeline();
        pipeline.CompileAsync().Wait();
        Parts(folder, pipeline);
        BuiltAgainstRestored(folder, pipeline);
    }

    private static void Parts(string folder, ExtractionPipeline pipeline)
    {
        var baseline = Heap();
        var contents = SeedFolder.Read(folder);
        var n = contents.Documents.Length;
        var loaded = Heap();
        var analyses = contents.Documents.AsParallel().AsOrdered().Select(pipeline.Analyze).ToList();
        contents = null;
        var analysed = Heap();
        var treaties = pipeline.BuildTreaties(analyses, []);
        var built = Heap();
        var index = SearchIndex.Build(analyses.Select(a => a.Document), treaties.Select(t => t.Treaty), pipeline.SentenceCategories, Synonyms.Default);
        var indexed = Heap();
        Console.WriteLine($"| part ({n:N0} articles) | managed MB | KB per article |\n|---|---:|---:|");
        Row("documents as loaded (text, paragraphs, sentences)", loaded - baseline, n);
        Row("+ analysis (categories and their cue words, candidates, events)", analysed - loaded, n);
        Row("+ treaties (clauses, timelines, status, entities)", built - analysed, n);
        Row("+ search index (Lucene RAMDirectory, writer, reader)", indexed - built, n);
        Row("**all**", indexed - baseline, n);
        GC.KeepAlive(analyses);
        GC.KeepAlive(treaties);
        GC.KeepAlive(index);
    }

    private static void BuiltAgainstRestored(string folder, ExtractionPipeline pipeline)
    {
        var store = new SnapshotStore(Path.Combine(Path.GetTempPath(), $"tb-memory-{Environment.ProcessId}"));
        var loader = new CorpusLoader(pipeline, new CorpusLoaderSettings(folder) { Snapshots = store, SnapshotIdentity = SnapshotIdentity.For(pipeline.Lexicon, "bench") },
            TimeProvider.System);
        try
        {
            var before = Heap();
            var built = loader.Load(null);
            var builtBytes = Heap() - before;
            using (var hold = built.Corpus.Search.Commit())
            {
                store.Write(built.Corpus.Parts, hold, loader.Settings.SnapshotIdentity);
            }

            built = null;
            before = Heap();
            var restored = loader.Load(null);
            var restoredBytes = Heap() - before;
            var n = restored.Corpus.Documents.Length;
            Console.WriteLine($"\n| the whole corpus ({n:N0} articles) | managed MB | KB per article |\n|---|---:|---:|");
            Row("built from the articles", builtBytes, n);
            Row($"restored from its snapshot ({restored.Origin})", restoredBytes, n);
            GC.KeepAlive(restored);
        }
        finally
        {
            Directory.Delete(store.Folder, recursive: true);
        }
    }

    private static long Heap() => GC.GetTotalMemory(forceFullCollection: true);

    private static void Row(string what, long bytes, int n) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {bytes / 1e6:F0} | {bytes / 1e3 / n:F1} |"));
}
