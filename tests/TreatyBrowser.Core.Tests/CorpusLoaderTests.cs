using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Snapshots;

namespace TreatyBrowser.Core.Tests;

/// <summary>
/// The loader's decision, as the app and the scale benchmark both rely on it: the previous corpus first, then the
/// saved snapshot, then a whole build; a folder that cannot be read keeps what was served; ids survive a restart; the
/// clock is the one given.
/// </summary>
public sealed class CorpusLoaderTests : IDisposable
{
    private static readonly ExtractionPipeline Pipeline = new();

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("tb-loader-");

    private string Seeds => Path.Combine(_work.FullName, "seeds");

    private SnapshotStore Store => new(Path.Combine(_work.FullName, "cache"));

    public CorpusLoaderTests()
    {
        Directory.CreateDirectory(Seeds);
        File.Copy(TestFiles.SeedPath, Path.Combine(Seeds, TestFiles.SeedFile));
        File.Copy(Path.Combine(TestFiles.ArticlesFolder, "single", "chile-vietnam-trade.md"), Path.Combine(Seeds, "chile-vietnam-trade.md"));
    }

    public void Dispose() => _work.Delete(recursive: true);

    private CorpusLoader Loader(bool snapshots = false, TimeProvider? clock = null) => new(Pipeline, new CorpusLoaderSettings(Seeds)
    {
        Snapshots = snapshots ? Store : null,
        SnapshotIdentity = SnapshotIdentity.For(Pipeline.Lexicon, "test synonyms"),
    }, clock ?? TimeProvider.System);

    private void Save(Corpus corpus)
    {
        using var hold = corpus.Search.Commit();
        Store.Write(corpus.Parts, hold, SnapshotIdentity.For(Pipeline.Lexicon, "test synonyms"));
    }

    [Fact]
    public void A_first_load_builds_whole_and_the_next_starts_from_it_reading_only_what_changed()
    {
        var loader = Loader();
        var first = loader.Load(null, TestContext.Current.CancellationToken);
        Assert.Equal(CorpusOrigin.BuiltWhole, first.Origin);
        Assert.Equal(2, first.Corpus.Documents.Length);
        Assert.Null(first.SnapshotProblem);

        var again = loader.Load(first.Corpus, TestContext.Current.CancellationToken);
        Assert.Equal(CorpusOrigin.Previous, again.Origin);
        Assert.True(again.Unchanged);
        Assert.Equal(0, again.Scan.ReadCount);

        File.AppendAllText(Path.Combine(Seeds, "chile-vietnam-trade.md"), "\nBoth sides will also open a joint quokka observatory.\n");
        var changed = loader.Load(again.Corpus, TestContext.Current.CancellationToken);
        Assert.Equal((1, 1), (changed.Change!.Analysed, changed.Change.Kept));
        Assert.True(changed.Analysed("chile-vietnam-trade.md"));
        Assert.False(changed.Analysed(TestFiles.SeedFile));
        Assert.Contains("; from the previous snapshot, 1 kept, 1 analysed", changed.How, StringComparison.Ordinal);
        Assert.StartsWith("scan ", changed.How, StringComparison.Ordinal);
    }

    [Fact]
    public void A_restart_starts_from_the_saved_snapshot_and_extracts_nothing()
    {
        var first = Loader(snapshots: true).Load(null, TestContext.Current.CancellationToken);
        Assert.Equal(CorpusOrigin.BuiltWhole, first.Origin);
        Assert.Equal("there is no saved snapshot yet", first.SnapshotProblem);
        Save(first.Corpus);

        var restart = Loader(snapshots: true).Load(null, TestContext.Current.CancellationToken);
        Assert.Equal(CorpusOrigin.SavedSnapshot, restart.Origin);
        Assert.Equal((0, 0), (restart.Change!.Analysed, restart.Change.TreatiesBuilt));
        Assert.Contains($"from the snapshot saved in {Store.Folder}", restart.How, StringComparison.Ordinal);
        Assert.Equal(first.Corpus.Treaties.Select(t => t.Id), restart.Corpus.Treaties.Select(t => t.Id));
        Assert.Equal(first.Corpus.Treaties.SelectMany(t => t.Clauses).Select(c => c.Statement), restart.Corpus.Treaties.SelectMany(t => t.Clauses).Select(c => c.Statement));
    }

    [Fact]
    public void A_restart_reads_only_the_articles_changed_since_the_snapshot()
    {
        var first = Loader(snapshots: true).Load(null, TestContext.Current.CancellationToken);
        Save(first.Corpus);

        // The snapshot holds the documents: an article whose size and time are those saved is not read again.
        var restart = Loader(snapshots: true).Load(null, TestContext.Current.CancellationToken);
        Assert.Equal((CorpusOrigin.SavedSnapshot, 0), (restart.Origin, restart.Scan.ReadCount));
        Assert.Equal(first.Corpus.Documents.Select(d => (d.Id, d.Text, d.Sentences.Length)), restart.Corpus.Documents.Select(d => (d.Id, d.Text, d.Sentences.Length)));

        // One edited while the app was down is read and analysed, alone, and its new words are served.
        File.AppendAllText(Path.Combine(Seeds, "chile-vietnam-trade.md"), "\nBoth sides will also open a joint quokka observatory.\n");
        var edited = Loader(snapshots: true).Load(null, TestContext.Current.CancellationToken);
        Assert.Equal((CorpusOrigin.SavedSnapshot, 1, 1), (edited.Origin, edited.Scan.ReadCount, edited.Change!.Analysed));
        Assert.Contains("quokka", edited.Corpus.Documents.Single(d => d.FileName == "chile-vietnam-trade.md").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_restart_keeps_each_files_id_when_a_newcomer_sorting_first_slugs_to_it()
    {
        // Neither name is its own id; the newcomer sorts first (a space before a hyphen). Before, a restart read the
        // snapshot's file list only after the scan, so ids were given again in path order and the newcomer took the
        // article's permalink.
        File.WriteAllText(Path.Combine(Seeds, "Osthavn-Minutes.txt"), "Norland and Sudmark signed a harbour accord on Monday.\n");
        var first = Loader(snapshots: true).Load(null, TestContext.Current.CancellationToken);
        Assert.Equal("osthavn-minutes", first.Corpus.Documents.Single(d => d.FileName == "Osthavn-Minutes.txt").Id);
        Save(first.Corpus);

        File.WriteAllText(Path.Combine(Seeds, "Osthavn Minutes.txt"), "Iceland and Ireland signed an Atlantic compact on Monday.\n");
        var restart = Loader(snapshots: true).Load(null, TestContext.Current.CancellationToken);
        Assert.Equal(CorpusOrigin.SavedSnapshot, restart.Origin);
        var ids = restart.Corpus.Documents.ToDictionary(d => d.FileName, d => d.Id);
        Assert.Equal("osthavn-minutes", ids["Osthavn-Minutes.txt"]);
        Assert.Equal("osthavn-minutes-2", ids["Osthavn Minutes.txt"]);
    }

    [Fact]
    public void A_snapshot_that_cannot_be_read_is_reported_and_the_corpus_built_whole()
    {
        Save(Loader().Load(null, TestContext.Current.CancellationToken).Corpus);
        var current = File.ReadAllText(Path.Combine(Store.Folder, "current")).Trim();
        File.WriteAllText(Path.Combine(Store.Folder, current, "model.bin"), "{\"not\": \"a snapshot\"}");

        var load = Loader(snapshots: true).Load(null, TestContext.Current.CancellationToken);
        Assert.Equal(CorpusOrigin.BuiltWhole, load.Origin);
        Assert.StartsWith("the saved snapshot", load.SnapshotProblem, StringComparison.Ordinal);
        Assert.True(Store.HasSnapshot);
        Assert.Equal(2, load.Corpus.Documents.Length);
    }

    [Fact]
    public void A_folder_that_cannot_be_read_keeps_the_previous_corpus_and_a_first_load_says_why()
    {
        var loader = Loader();
        var first = loader.Load(null, TestContext.Current.CancellationToken);
        Directory.Delete(Seeds, recursive: true);

        var kept = loader.Load(first.Corpus, TestContext.Current.CancellationToken);
        Assert.Equal(CorpusOrigin.Kept, kept.Origin);
        Assert.Same(first.Corpus, kept.Corpus);
        Assert.NotNull(kept.FolderProblem);
        Assert.True(kept.Unchanged);

        var empty = Loader().Load(null, TestContext.Current.CancellationToken);
        Assert.Equal(CorpusOrigin.Kept, empty.Origin);
        Assert.Empty(empty.Corpus.Documents);
        Assert.Equal(empty.FolderProblem, Assert.Single(empty.Corpus.Skipped).Reason);
    }

    [Fact]
    public void The_corpus_is_dated_by_the_clock_the_loader_is_given()
    {
        var noon = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        var load = Loader(clock: new FixedClock(noon)).Load(null, TestContext.Current.CancellationToken);
        Assert.Equal(noon, load.Corpus.LoadedAt);
    }

    [Fact]
    public void A_load_whose_token_is_cancelled_stops_and_builds_nothing()
    {
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Loader().Load(null, stopping.Token));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
