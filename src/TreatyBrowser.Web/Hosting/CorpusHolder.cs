using Microsoft.Extensions.Options;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Snapshots;
using TreatyBrowser.Web.Features.Feeds;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Holds the current corpus snapshot. Pages read <see cref="Current"/> once per request; a reload builds a new
/// snapshot (model and search index) beside the old one and replaces the reference in one step, so a reader sees
/// either the old corpus or the new one, never a half-built state. A reload reads only files whose size or time
/// changed, analyses only those whose bytes changed, and updates the index for them alone. Every snapshot is saved
/// (in the background) so that a restart over the same seeds reads it instead of extracting. When the seeds folder
/// itself cannot be read (it vanished, became a file, cannot be listed), the last good corpus stays and
/// <see cref="Problem"/> says why.
/// </summary>
public sealed class CorpusHolder
{
    private readonly IOptions<SeedsOptions> _options;
    private readonly IHostEnvironment _environment;
    private readonly ExtractionPipeline _pipeline;
    private readonly Lucene.Net.Analysis.Synonym.SynonymMap _synonyms;
    private readonly FeedHistory _feeds;
    private readonly ILogger<CorpusHolder> _logger;
    private readonly SnapshotStore? _store;
    private readonly SnapshotIdentity _identity;
    private readonly Lock _reloading = new();
    private Corpus? _current;
    private int _generation;
    private SeedsFolderProblem? _problem;

    public CorpusHolder(
        IOptions<SeedsOptions> options,
        IOptions<SnapshotOptions> snapshots,
        IOptions<SearchOptions> search,
        IHostEnvironment environment,
        ExtractionPipeline pipeline,
        Lucene.Net.Analysis.Synonym.SynonymMap synonyms,
        FeedHistory feeds,
        ILogger<CorpusHolder> logger)
    {
        (_options, _environment, _pipeline, _synonyms, _feeds, _logger) = (options, environment, pipeline, synonyms, feeds, logger);
        _identity = SnapshotIdentity.For(pipeline.Lexicon, search.Value.SynonymsPath is { } path ? SnapshotIdentity.Hash(File.ReadAllText(Path.GetFullPath(path, environment.ContentRootPath))) : "built-in synonyms");
        if (snapshots.Value.Enabled)
        {
            _store = new SnapshotStore(snapshots.Value.FolderFor(SeedsFolder, environment.ContentRootPath));
            Saver = new SnapshotSaver(_store, _identity, pipeline.Lexicon, TimeSpan.FromSeconds(snapshots.Value.MinSecondsBetweenSaves), logger);
        }
    }

    /// <summary>Saves snapshots in the background; null when snapshots are off.</summary>
    public SnapshotSaver? Saver { get; }

    /// <summary>The snapshot being served. The first is loaded at start (<see cref="LoadFirst"/>), never by a reader.</summary>
    public Corpus Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("The corpus is read before it was loaded: MapTreatyBrowser loads it at start.");

    /// <summary>Loads the first snapshot, at start, so that the start-up log says what was loaded or skipped.</summary>
    public Corpus LoadFirst() => Volatile.Read(ref _current) ?? Reload().Corpus;

    /// <summary>How many snapshots have been built; changes with every reload (the page cache keys on it).</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Why the seeds folder cannot be read right now, and since when; null while it can.</summary>
    public SeedsFolderProblem? Problem => Volatile.Read(ref _problem);

    /// <summary>The seeds folder, resolved against the content root.</summary>
    public string SeedsFolder => Path.GetFullPath(_options.Value.Path, _environment.ContentRootPath);

    /// <summary>The seeds folder's own name: what public pages show instead of the server's path.</summary>
    public string SeedsFolderName => Path.GetFileName(SeedsFolder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));

    /// <summary><paramref name="text"/> with the server's path to the seeds folder replaced by the folder's name.</summary>
    public string WithoutServerPath(string text) => text.Replace(SeedsFolder, SeedsFolderName, StringComparison.Ordinal);

    /// <summary>
    /// Reads the seeds folder again and swaps the new snapshot in. Reloads run one at a time. The outcome says whether
    /// the folder could be read (when it could not, the corpus served is the last good one, and <see cref="Problem"/>
    /// says why).
    /// </summary>
    public (Corpus Corpus, bool FolderRead) Reload()
    {
        lock (_reloading)
        {
            var started = TimeProvider.System.GetTimestamp();
            var current = Volatile.Read(ref _current);
            SeedFolderScan scan;
            try
            {
                scan = ScanWithinBudget(current);
                if (Interlocked.Exchange(ref _problem, null) is { } solved)
                {
                    _logger.LogInformation("The seeds folder {SeedsFolder} can be read again (it could not since {Since:u}); reloading it", SeedsFolder, solved.Since);
                }
            }
            catch (SeedFolderUnavailableException e)
            {
                if (current is not null)
                {
                    // Nothing says the articles are gone: keep serving them until the folder can be read again.
                    KeepServing(current, e.Message);
                    return (current, false);
                }

                // The first load has nothing to keep: an empty corpus that says why.
                Volatile.Write(ref _problem, new SeedsFolderProblem(e.Message, TimeProvider.System.GetUtcNow()));
                _logger.LogError("{Reason}: starting with no articles; they will be loaded when it can be read", e.Message);
                scan = new SeedFolderScan([], [new SkippedFile(SeedsFolder, e.Message)]);
            }

            var (corpus, how, analysed, unchanged) = Next(current, scan);
            Log(scan, analysed);
            // Before the swap: a feed cached for the new snapshot must already hold what changed in it.
            var built = TimeProvider.System.GetTimestamp();
            _feeds.Record(corpus);
            how += $"; feeds {TimeProvider.System.GetElapsedTime(built).TotalMilliseconds:F0} ms";
            Volatile.Write(ref _current, corpus);
            Interlocked.Increment(ref _generation);
            if (!unchanged)
            {
                // A reload or restart that changed nothing leaves the saved snapshot as it is.
                Saver?.Save(corpus, corpus.Search.Commit());
            }

            var folderRead = Problem is null;
            _logger.LogInformation("Corpus of {DocumentCount} documents and {TreatyCount} treaties from {SeedsFolder} ready in {ElapsedMs:F0} ms ({SkippedCount} skipped): {How}",
                corpus.Documents.Length, corpus.Treaties.Length, SeedsFolder, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, corpus.Skipped.Length, how);
            return (corpus, folderRead);
        }
    }

    // The next snapshot: from the current one, else from the saved snapshot, else (or when either fails) built whole.
    private (Corpus Corpus, string How, Func<string, bool> Analysed, bool Unchanged) Next(Corpus? current, SeedFolderScan scan)
    {
        var from = current?.Parts;
        var source = "the previous snapshot";
        if (from is null && _store is not null)
        {
            var (parts, problem) = _store.Read(_identity, _pipeline.Lexicon, _pipeline.SentenceCategories, _synonyms, scan);
            if (parts is not null)
            {
                from = parts;
                source = $"the snapshot saved in {_store.Folder}";
            }
            else if (problem is not null)
            {
                _logger.Log(File.Exists(Path.Combine(_store.Folder, "current")) ? LogLevel.Warning : LogLevel.Information,
                    "Not starting from a saved snapshot: {Reason}; extracting every article (a new snapshot is saved after)", problem);
            }
        }

        if (from is not null)
        {
            try
            {
                var (corpus, change) = Corpus.Update(from, scan, _pipeline);
                var analysed = change.AnalysedFiles.ToHashSet(StringComparer.Ordinal);
                return (corpus, $"from {source}, {change.Kept} kept, {change.Analysed} analysed, {change.Removed} removed, {change.TreatiesBuilt} treaties built, {change.DocumentsReindexed} documents re-indexed ({change.Phases})", analysed.Contains, change.IsEmpty);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _logger.LogError(e, "Updating {Source} failed; building the corpus whole", source);
            }
        }

        // A whole build needs every document read: a scan against the current snapshot read only the changed ones.
        var full = scan.Files.All(f => f.Document is not null) ? scan : SeedFolder.Scan(SeedsFolder, _options.Value.MaxFileBytes);
        var contents = new SeedFolderContents([.. full.Files.Select(f => f.Document!)], full.Skipped) { Files = [.. full.Files.Select(f => f.File)] };
        return (Corpus.Build(contents, _pipeline, _synonyms), "built whole", _ => true, false);
    }

    // A read that outlasts its budget is given up (its thread finishes on its own); the jail keeps pipes and devices
    // from being opened at all, so this is the last guard, not the first. Files whose size and time are those of the
    // current snapshot's are not read again.
    private SeedFolderScan ScanWithinBudget(Corpus? current)
    {
        var folder = SeedsFolder;
        var maxBytes = _options.Value.MaxFileBytes;
        var known = current?.Parts.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        // Past the budget the read is cancelled, not only left behind: it stops at the next file.
        using var abandoned = new CancellationTokenSource();
        var read = Task.Run(() => SeedFolder.Scan(folder, maxBytes, known, abandoned.Token));
        try
        {
            if (read.Wait(TimeSpan.FromMilliseconds(_options.Value.ReloadBudgetMs)))
            {
                return read.Result;
            }
        }
        catch (AggregateException e) when (e.InnerException is SeedFolderUnavailableException unavailable)
        {
            throw unavailable;
        }

        abandoned.Cancel();

        throw new SeedFolderUnavailableException($"reading the seeds folder {folder} took longer than its budget of {_options.Value.ReloadBudgetMs:N0} ms; the reload was given up");
    }

    private void KeepServing(Corpus current, string reason)
    {
        if (Volatile.Read(ref _problem) is { } known && known.Reason == reason)
        {
            return;
        }

        Volatile.Write(ref _problem, new SeedsFolderProblem(reason, TimeProvider.System.GetUtcNow()));
        _logger.LogWarning("{Reason}: still serving the corpus loaded at {LoadedAt:u} ({DocumentCount} documents) until it can be read again",
            reason, current.LoadedAt, current.Documents.Length);
    }

    // Each file analysed now (new or changed) is logged, with its warnings; files kept from a snapshot are not.
    private void Log(SeedFolderScan scan, Func<string, bool> analysed)
    {
        foreach (var document in scan.Files.Where(f => analysed(f.File.Path)).Select(f => f.Document).OfType<SourceDocument>())
        {
            _logger.LogInformation("Loaded {SeedFile} as {DocumentId}: {SentenceCount} sentences", LogSafe(document.FileName), document.Id, document.Sentences.Length);
            foreach (var warning in document.Warnings)
            {
                _logger.LogWarning("Seed {SeedFile}: {Problem}", LogSafe(document.FileName), warning);
            }
        }

        foreach (var skipped in scan.Skipped)
        {
            _logger.LogError("Skipped seed {SeedFile}: {Reason}", LogSafe(skipped.FileName), skipped.Reason);
        }
    }

    // A file name is the seeds folder writer's to choose: a newline in it must not start a forged log line.
    private static string LogSafe(string name) =>
        name.Any(char.IsControl) ? string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : name;
}

/// <summary>The seeds folder cannot be read: why, in plain words, and since when.</summary>
public sealed record SeedsFolderProblem(string Reason, DateTimeOffset Since);
