using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Features.Feeds;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Holds the current corpus snapshot. Pages read <see cref="Current"/> once per request; a reload has the
/// <see cref="CorpusLoader"/> make the next snapshot (model and search index) beside the old one, logs what it did,
/// and replaces the reference in one step, so a reader sees either the old corpus or the new one, never a half-built
/// state. Every new snapshot is saved (in the background) so that a restart over the same seeds reads it instead of
/// extracting. When the seeds folder itself cannot be read (it vanished, became a file, cannot be listed), the last
/// good corpus stays and <see cref="Problem"/> says why.
/// </summary>
public sealed class CorpusHolder(CorpusLoader loader, SnapshotSaver? saver, FeedHistory feeds, TimeProvider clock, ILogger<CorpusHolder> logger)
{
    private readonly Lock _reloading = new();
    private Corpus? _current;
    private int _generation;
    private SeedsFolderProblem? _problem;

    /// <summary>Saves snapshots in the background; null when snapshots are off.</summary>
    public SnapshotSaver? Saver { get; } = saver;

    /// <summary>The snapshot being served. The first is loaded at start (<see cref="LoadFirst"/>), never by a reader.</summary>
    public Corpus Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("The corpus is read before it was loaded: CorpusStartup loads it as the app starts.");

    /// <summary>Loads the first snapshot, at start, so that the start-up log says what was loaded or skipped.</summary>
    public Corpus LoadFirst(CancellationToken cancellationToken = default) => Volatile.Read(ref _current) ?? Reload(cancellationToken).Corpus;

    /// <summary>How many snapshots have been built; changes with every reload (the page cache keys on it).</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Why the seeds folder cannot be read right now, and since when; null while it can.</summary>
    public SeedsFolderProblem? Problem => Volatile.Read(ref _problem);

    /// <summary>The seeds folder, resolved against the content root.</summary>
    public string SeedsFolder => loader.Settings.SeedsFolder;

    /// <summary>The seeds folder's own name: what public pages show instead of the server's path.</summary>
    public string SeedsFolderName => Path.GetFileName(SeedsFolder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));

    /// <summary><paramref name="text"/> with the server's path to the seeds folder replaced by the folder's name.</summary>
    public string WithoutServerPath(string text) => text.Replace(SeedsFolder, SeedsFolderName, StringComparison.Ordinal);

    /// <summary>
    /// Reads the seeds folder again (<see cref="CorpusLoader"/>) and swaps the new snapshot in. Reloads run one at a
    /// time. The outcome says whether the folder could be read (when it could not, the corpus served is the last good
    /// one, and <see cref="Problem"/> says why). Cancelling <paramref name="cancellationToken"/> (the app is stopping)
    /// stops the reload with an <see cref="OperationCanceledException"/> and swaps nothing.
    /// </summary>
    public (Corpus Corpus, bool FolderRead) Reload(CancellationToken cancellationToken = default)
    {
        lock (_reloading)
        {
            var current = Volatile.Read(ref _current);
            var load = loader.Load(current, cancellationToken);
            if (load.FolderProblem is { } reason)
            {
                if (current is not null)
                {
                    KeepServing(current, reason);
                    return (current, false);
                }

                // The first load has nothing to keep: an empty corpus that says why.
                Volatile.Write(ref _problem, new SeedsFolderProblem(reason, clock.GetUtcNow()));
                logger.LogError("{Reason}: starting with no articles; they will be loaded when it can be read", reason);
            }
            else if (Interlocked.Exchange(ref _problem, null) is { } solved)
            {
                logger.LogInformation("The seeds folder {SeedsFolder} can be read again (it could not since {Since:u}); reloading it", SeedsFolder, solved.Since);
            }

            Log(load);
            var corpus = load.Corpus;
            // Before the swap: a feed cached for the new snapshot must already hold what changed in it.
            var built = clock.GetTimestamp();
            feeds.Record(corpus);
            var how = $"{load.How}; feeds {clock.GetElapsedTime(built).TotalMilliseconds:F0} ms";
            Volatile.Write(ref _current, corpus);
            Interlocked.Increment(ref _generation);
            if (!load.Unchanged)
            {
                // A reload or restart that changed nothing leaves the saved snapshot as it is.
                Saver?.Save(corpus, corpus.Search.Commit());
            }

            logger.LogInformation("Corpus of {DocumentCount} documents and {TreatyCount} treaties from {SeedsFolder} ready in {ElapsedMs:F0} ms ({SkippedCount} skipped): {How}",
                corpus.Documents.Length, corpus.Treaties.Length, SeedsFolder, (load.Elapsed + clock.GetElapsedTime(built)).TotalMilliseconds, corpus.Skipped.Length, how);
            return (corpus, Problem is null);
        }
    }

    private void KeepServing(Corpus current, string reason)
    {
        if (Volatile.Read(ref _problem) is { } known && known.Reason == reason)
        {
            return;
        }

        Volatile.Write(ref _problem, new SeedsFolderProblem(reason, clock.GetUtcNow()));
        logger.LogWarning("{Reason}: still serving the corpus loaded at {LoadedAt:u} ({DocumentCount} documents) until it can be read again",
            reason, current.LoadedAt, current.Documents.Length);
    }

    // Why the saved snapshot or an update was not used; then each file analysed now (new or changed), with its
    // warnings (files kept from a snapshot are not logged again); then each file skipped.
    private void Log(CorpusLoad load)
    {
        if (load.SnapshotProblem is { } problem)
        {
            logger.Log(loader.Settings.Snapshots?.HasSnapshot == true ? LogLevel.Warning : LogLevel.Information,
                "Not starting from a saved snapshot: {Reason}; extracting every article (a new snapshot is saved after)", problem);
        }

        if (load.UpdateFailure is { } failure)
        {
            logger.LogError(failure, "Updating {Source} failed; building the corpus whole",
                load.UpdateFrom == CorpusOrigin.Previous ? "the previous snapshot" : $"the snapshot saved in {loader.Settings.Snapshots?.Folder}");
        }

        foreach (var document in load.Scan.Files.Where(f => load.Analysed(f.File.Path)).Select(f => f.Document).OfType<SourceDocument>())
        {
            logger.LogInformation("Loaded {SeedFile} as {DocumentId}: {SentenceCount} sentences", LogSafe(document.FileName), document.Id, document.Sentences.Length);
            foreach (var warning in document.Warnings)
            {
                logger.LogWarning("Seed {SeedFile}: {Problem}", LogSafe(document.FileName), warning);
            }
        }

        foreach (var skipped in load.Scan.Skipped)
        {
            logger.LogError("Skipped seed {SeedFile}: {Reason}", LogSafe(skipped.FileName), skipped.Reason);
        }
    }

    // A file name is the seeds folder writer's to choose: a newline in it must not start a forged log line.
    private static string LogSafe(string name) =>
        name.Any(char.IsControl) ? string.Concat(name.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) : name;
}

/// <summary>The seeds folder cannot be read: why, in plain words, and since when.</summary>
public sealed record SeedsFolderProblem(string Reason, DateTimeOffset Since);
