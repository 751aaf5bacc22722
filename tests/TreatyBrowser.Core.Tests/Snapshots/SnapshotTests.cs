using System.Runtime.CompilerServices;
using System.Text.Json;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Snapshots;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Tests.Snapshots;

/// <summary>
/// A saved snapshot reads back to the very model it was saved from; one that is foreign, partial or corrupt is
/// refused with the reason; and an incremental reload gives exactly what a full load of the same files gives.
/// </summary>
public sealed class SnapshotTests : IDisposable
{
    private static readonly ExtractionPipeline Pipeline = new();
    private static readonly SnapshotIdentity Identity = SnapshotIdentity.For(Lexicon.Default, "default synonyms");
    private static readonly string[] Queries = ["defence", "joint exercises", "\"free trade\"", "intelligence NOT drills", "ratif*", "tariffs OR customs"];

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("treatybrowser-snapshot-test-");

    private string Seeds => Path.Combine(_work.FullName, "seeds");

    private SnapshotStore Store => new(Path.Combine(_work.FullName, "cache"));

    public SnapshotTests()
    {
        Directory.CreateDirectory(Seeds);
        foreach (var file in Directory.GetFiles(Devset(), "*.txt").Take(20).Concat(Directory.GetFiles(Path.Combine(TestFiles.ArticlesFolder, "corpus"), "*.txt")))
        {
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
        }
    }

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public void A_saved_snapshot_reads_back_to_the_identical_model_and_index()
    {
        var built = CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline, cancellationToken: TestContext.Current.CancellationToken);
        Save(built);

        var scan = SeedFolder.Scan(Seeds, cancellationToken: TestContext.Current.CancellationToken);
        var (parts, problem) = Store.Read(Identity, Lexicon.Default, Pipeline.SentenceCategories, Synonyms.Default);
        Assert.Null(problem);
        var (restored, change) = CorpusBuilder.Update(parts!, scan, Pipeline, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(change.IsEmpty, $"the restart changed the corpus: {change}");
        // Nothing changed, so nothing is grouped again: the saved treaties are the corpus's, as they are.
        Assert.True(restored.Parts.Treaties == parts!.Treaties, "an unchanged restart grouped its documents again");
        Assert.True(built.Documents.Length >= 20);
        Assert.Equal(Model(built), Model(restored));
        Assert.Equal(Searches(built), Searches(restored));
        Assert.Equal(built.Treaties.Select(t => t.Id), restored.Treaties.Select(t => t.Id));
    }

    [Fact]
    public void A_restored_corpus_shares_its_evidence_and_event_dates_as_a_built_one_does()
    {
        // A clause's evidence is the candidates' own, and a timeline event is a document's event with the treaty's
        // parties: written as copies, a restored corpus was a third larger than the one it was saved from.
        var built = CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline, cancellationToken: TestContext.Current.CancellationToken);
        Save(built);
        var restored = Store.Read(Identity, Lexicon.Default, Pipeline.SentenceCategories, Synonyms.Default).Parts!;

        var candidates = restored.Analyses.SelectMany(a => a.Candidates).Select(c => c.Evidence).ToHashSet(ReferenceEqualityComparer.Instance);
        var evidence = restored.Treaties.SelectMany(t => t.Treaty.Clauses).SelectMany(c => c.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.True(candidates.Contains(e), $"{e.DocumentId}#{e.SentenceId} was restored as a copy"));

        var dates = restored.Analyses.SelectMany(a => a.Events).Select(e => e.When).ToHashSet(ReferenceEqualityComparer.Instance);
        var events = restored.Treaties.SelectMany(t => t.Treaty.Timeline.Events).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(dates.Contains(e.When), $"{e.DocumentId} {e.Id} was restored as a copy"));

        // And the groups hold the restored analyses themselves, so a reload keeps a treaty whose documents are unchanged.
        var analyses = restored.Analyses.ToHashSet(ReferenceEqualityComparer.Instance);
        Assert.All(restored.Treaties.SelectMany(t => t.Group.Documents), d => Assert.Contains(d, analyses));
    }

    [Fact]
    public void A_restart_over_a_changed_folder_analyses_only_the_changed_file_and_equals_a_full_load()
    {
        Save(CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline, cancellationToken: TestContext.Current.CancellationToken));
        var changed = Directory.GetFiles(Seeds).Order(StringComparer.Ordinal).First();
        File.AppendAllText(changed, "\nBoth sides will also open a joint customs office at the border crossing.\n");

        var scan = SeedFolder.Scan(Seeds, cancellationToken: TestContext.Current.CancellationToken);
        var saved = Store.Read(Identity, Lexicon.Default, Pipeline.SentenceCategories, Synonyms.Default).Parts!;
        var (updated, change) = CorpusBuilder.Update(saved, scan, Pipeline, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1, 0), (change.Analysed, change.Removed));
        AssertSameAsFullLoad(updated);
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("add")]
    [InlineData("delete")]
    [InlineData("rename")]
    [InlineData("move to another treaty")]
    public void An_incremental_reload_equals_a_full_load_of_the_same_files(string what)
    {
        var first = CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline, cancellationToken: TestContext.Current.CancellationToken);
        var before = Searches(first);
        var files = Directory.GetFiles(Seeds).Order(StringComparer.Ordinal).ToList();
        switch (what)
        {
            case "edit":
                File.AppendAllText(files[3], "\nThe pact also commits both parties to share intelligence on cyber attacks.\n");
                break;
            case "add":
                File.WriteAllText(Path.Combine(Seeds, "zz-new-report.md"),
                    "---\ntreaty: Lakeside Fisheries Accord\nparties: [Norway, Chile]\n---\nOslo (Fjord Post) – Norway and Chile signed the Lakeside " +
                    "Fisheries Accord on 3 March 2024. The accord commits both states to joint patrols against illegal fishing.\n");
                break;
            case "delete":
                File.Delete(files[5]);
                break;
            case "rename":
                File.Move(files[2], Path.Combine(Seeds, "renamed-" + Path.GetFileName(files[2])));
                break;
            default:
                var text = File.ReadAllText(files[0]);
                File.WriteAllText(files[0], text.StartsWith("---", StringComparison.Ordinal) ? text : "---\ntreaty: Lakeside Fisheries Accord\n---\n" + text);
                break;
        }

        var known = first.Parts.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var scan = SeedFolder.Scan(Seeds, known: known, cancellationToken: TestContext.Current.CancellationToken);
        var (updated, change) = CorpusBuilder.Update(first, scan, Pipeline, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(scan.ReadCount <= 1, $"{scan.ReadCount} files read again");
        Assert.True(change.Analysed <= 1, $"{change.Analysed} files analysed again");
        AssertSameAsFullLoad(updated);
        // The snapshot before the change, which readers may still hold, answers as it did.
        Assert.Equal(before, Searches(first));
    }

    [Fact]
    public void A_foreign_partial_or_corrupt_snapshot_is_refused_with_the_reason()
    {
        Save(CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline, cancellationToken: TestContext.Current.CancellationToken));
        var current = Path.Combine(Store.Folder, File.ReadAllText(Path.Combine(Store.Folder, "current")).Trim());
        var model = Path.Combine(current, "model.bin");
        var good = File.ReadAllBytes(model);

        Assert.Contains("another build", Store.Read(Identity with { App = "0.0.1 elsewhere" }, Lexicon.Default, Pipeline.SentenceCategories,
            Synonyms.Default).Problem, StringComparison.Ordinal);
        Assert.Contains("another lexicon", Store.Read(Identity with { Lexicon = "0" }, Lexicon.Default, Pipeline.SentenceCategories, Synonyms.Default).Problem, StringComparison.Ordinal);

        var flipped = (byte[])good.Clone();
        flipped[good.Length / 3] ^= 0x20;
        File.WriteAllBytes(model, flipped);
        Assert.Contains("checksum", Read().Problem, StringComparison.Ordinal);

        File.WriteAllBytes(model, good[..(good.Length / 2)]);
        Assert.Contains("partial", Read().Problem, StringComparison.Ordinal);

        File.WriteAllBytes(model, "not a snapshot"u8.ToArray());
        Assert.NotNull(Read().Problem);

        File.WriteAllBytes(model, good);
        Assert.Null(Read().Problem);

        // A damaged byte in any file of the index, one at a time.
        foreach (var indexFile in Directory.GetFiles(Path.Combine(current, "index")).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            var whole = File.ReadAllBytes(indexFile);
            var damaged = (byte[])whole.Clone();
            damaged[damaged.Length / 2] ^= 0xFF;
            File.WriteAllBytes(indexFile, damaged);
            Assert.True(Read().Problem is not null, $"a damaged {Path.GetFileName(indexFile)} was not noticed");
            File.WriteAllBytes(indexFile, whole);
        }

        Assert.Null(Read().Problem);

        File.WriteAllText(Path.Combine(Store.Folder, "current"), "snap-that-is-not-there");
        Assert.Contains("cannot be read", Read().Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Saves_in_quick_succession_keep_the_current_snapshot_and_two_more_not_one_per_save()
    {
        var corpus = CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline, cancellationToken: TestContext.Current.CancellationToken);
        for (var i = 0; i < 6; i++)
        {
            Save(corpus);
        }

        var snapshots = Directory.GetDirectories(Store.Folder).Where(d => !Path.GetFileName(d).StartsWith('.')).ToList();
        Assert.InRange(snapshots.Count, 1, 3);
        Assert.Null(Read().Problem);
    }

    [Fact(Timeout = 20_000)]
    public async Task A_snapshot_file_that_is_a_link_to_a_device_or_a_pipe_is_refused_not_read_for_ever()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the device and the pipe are Linux's");
        Save(CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline, cancellationToken: TestContext.Current.CancellationToken));
        var current = Path.Combine(Store.Folder, File.ReadAllText(Path.Combine(Store.Folder, "current")).Trim());
        var model = Path.Combine(current, "model.bin");

        // Before: a link to /dev/zero read until memory ran out and aborted start-up.
        File.Delete(model);
        File.CreateSymbolicLink(model, "/dev/zero");
        Assert.Contains("model.bin is a link", Read().Problem, StringComparison.Ordinal);

        // Before: a FIFO blocked start-up until a writer came. Read on another thread, so a block fails the test.
        File.Delete(model);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", model))
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var problem = await Task.Run(() => Read().Problem, TestContext.Current.CancellationToken);
        Assert.Contains("not a regular file (a named pipe)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_saves_into_one_folder_leave_a_whole_current_snapshot()
    {
        var corpus = CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline, cancellationToken: TestContext.Current.CancellationToken);
        Parallel.For(0, 4, _ => Save(corpus));
        var scan = SeedFolder.Scan(Seeds, cancellationToken: TestContext.Current.CancellationToken);
        var (parts, problem) = Store.Read(Identity, Lexicon.Default, Pipeline.SentenceCategories, Synonyms.Default);
        Assert.Null(problem);
        Assert.Equal(Model(corpus), Model(CorpusBuilder.Update(parts!, scan, Pipeline, cancellationToken: TestContext.Current.CancellationToken).Corpus));
        Assert.Empty(Directory.GetDirectories(Store.Folder, ".tmp-*"));
    }

    [Fact]
    public void The_lexicon_part_of_the_identity_does_not_hang_on_hash_order()
    {
        // The identity hashes the lexicon's JSON. String hashes differ from one process to the next, so a list kept in
        // a hash table would be written in another order by the restarted app, which then never found its snapshot
        // ("made by another lexicon"): the word lists are written sorted by name, in every process alike.
        using var json = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(Lexicon.Default));
        var names = json.RootElement.GetProperty("WordLists").EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(names.Count > 50);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var extended = Lexicon.Default.Extend(Lexicon.Load(new MemoryStream("""{ "format": "treatybrowser-lexicon", "wordLists": { "aaa": ["x"] } }"""u8.ToArray()), "x.json"));
        using var again = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(extended));
        Assert.Equal("aaa", again.RootElement.GetProperty("WordLists").EnumerateObject().First().Name);
    }

    private void Save(Corpus corpus)
    {
        using var hold = corpus.Search.Commit();
        Store.Write(corpus.Parts, hold, Identity);
    }

    private (CorpusParts? Parts, string? Problem) Read() => Store.Read(Identity, Lexicon.Default, Pipeline.SentenceCategories, Synonyms.Default);

    private void AssertSameAsFullLoad(Corpus updated)
    {
        var full = CorpusBuilder.Build(SeedFolder.Read(Seeds), Pipeline);
        Assert.Equal(Model(full), Model(updated));
        Assert.Equal(Searches(full), Searches(updated));
        Assert.Equal(full.Search.Count, updated.Search.Count);
    }

    // The whole model: every file, every document with its sentences and categories, every analysis, every treaty
    // with its group.
    private static string Model(Corpus corpus) => JsonSerializer.Serialize(
        new
        {
            corpus.Parts.Files,
            corpus.Parts.Analyses,
            Treaties = corpus.Parts.Treaties.Select(t => new { t.Group.Name, t.Group.NameInferred, t.Group.Parties, Documents = t.Group.Documents.Select(d => d.Document.Id), t.Treaty }),
            corpus.Parts.Skipped,
        },
        ModelJson.Options(Lexicon.Default));

    // Every hit of each query, as sets: scores count deleted entries until Lucene merges them away, so an updated
    // index may order near-equal hits differently from a fresh one; what is found must not differ.
    private static string Searches(Corpus corpus) => string.Join("\n", Queries.Select(q =>
    {
        var results = corpus.Search.Search(new SearchRequest(q) { PageSize = 1000, TimeBudget = TimeSpan.FromMinutes(1) }, TestContext.Current.CancellationToken);
        return $"{q}: {results.TotalClauses}/{results.TotalSentences} "
            + string.Join(" ", results.Clauses.Select(c => $"{c.TreatyId}/{c.ClauseId}:{c.Evidence?.Text}").Order(StringComparer.Ordinal)) + " | "
            + string.Join(" ", results.Sentences.Select(s => $"{s.DocumentId}#{s.SentenceId}@{s.TreatyId}:{string.Join(',', s.Categories)}").Order(StringComparer.Ordinal)) + " | "
            + string.Join(" ", results.CategoryCounts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
    }));

    private static string Devset([CallerFilePath] string caller = "")
    {
        var dir = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(dir, "TreatyBrowser.sln")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }

        return Path.Combine(dir, "tests", "devset", "articles");
    }
}
