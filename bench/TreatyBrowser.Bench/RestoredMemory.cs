using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Snapshots;

namespace TreatyBrowser.Bench;

/// <summary>
/// The managed memory of a corpus built from the articles in a folder against the same corpus restored from its
/// snapshot: a snapshot that copied what memory shares (a clause's evidence, a timeline event's words) would make the
/// restored one larger.
/// </summary>
internal static class RestoredMemory
{
    public static void Run(string folder)
    {
        var pipeline = new ExtractionPipeline();
        var store = new SnapshotStore(Path.Combine(Path.GetTempPath(), $"tb-restored-memory-{Environment.ProcessId}"));
        var loader = new CorpusLoader(pipeline, new CorpusLoaderSettings(folder) { Snapshots = store, SnapshotIdentity = SnapshotIdentity.For(pipeline.Lexicon, "bench") },
            TimeProvider.System);
        try
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var built = loader.Load(null);
            var builtBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
            using (var hold = built.Corpus.Search.Commit())
            {
                store.Write(built.Corpus.Parts, hold, loader.Settings.SnapshotIdentity);
            }

            built = null;
            before = GC.GetTotalMemory(forceFullCollection: true);
            var restored = loader.Load(null);
            var restoredBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
            Console.WriteLine($"{restored.Corpus.Documents.Length:N0} articles: built {builtBytes / 1e6:F0} MB, restored from the snapshot ({restored.Origin}) {restoredBytes / 1e6:F0} MB");
            GC.KeepAlive(restored);
        }
        finally
        {
            Directory.Delete(store.Folder, recursive: true);
        }
    }
}
