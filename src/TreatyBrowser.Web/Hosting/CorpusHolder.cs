using Microsoft.Extensions.Options;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Web.Features.Feeds;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Holds the current corpus snapshot. Pages read <see cref="Current"/> once per request; a reload builds a whole new
/// snapshot (model and search index) beside the old one and replaces the reference in one step, so a reader sees
/// either the old corpus or the new one, never a half-built state. When the seeds folder itself cannot be read (it
/// vanished, became a file, cannot be listed), the last good corpus stays and <see cref="Problem"/> says why.
/// </summary>
public sealed class CorpusHolder(
    IOptions<SeedsOptions> options,
    IHostEnvironment environment,
    ExtractionPipeline pipeline,
    Lucene.Net.Analysis.Synonym.SynonymMap synonyms,
    FeedHistory feeds,
    ILogger<CorpusHolder> logger)
{
    private readonly Lock _reloading = new();
    private Corpus? _current;
    private int _generation;
    private SeedsFolderProblem? _problem;

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
    public string SeedsFolder => Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

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
            SeedFolderContents contents;
            try
            {
                contents = ReadWithinBudget();
                if (Interlocked.Exchange(ref _problem, null) is { } solved)
                {
                    logger.LogInformation("The seeds folder {SeedsFolder} can be read again (it could not since {Since:u}); reloading it", SeedsFolder, solved.Since);
                }
            }
            catch (SeedFolderUnavailableException e)
            {
                if (Volatile.Read(ref _current) is { } current)
                {
                    // Nothing says the articles are gone: keep serving them until the folder can be read again.
                    KeepServing(current, e.Message);
                    return (current, false);
                }

                // The first load has nothing to keep: an empty corpus that says why.
                Volatile.Write(ref _problem, new SeedsFolderProblem(e.Message, TimeProvider.System.GetUtcNow()));
                logger.LogError("{Reason}: starting with no articles; they will be loaded when it can be read", e.Message);
                contents = new SeedFolderContents([], [new SkippedFile(SeedsFolder, e.Message)]);
            }

            Log(contents);
            var corpus = Corpus.Build(contents, pipeline, synonyms);
            // Before the swap: a feed cached for the new snapshot must already hold what changed in it.
            feeds.Record(corpus);
            Volatile.Write(ref _current, corpus);
            Interlocked.Increment(ref _generation);
            var folderRead = Problem is null;
            logger.LogInformation("Corpus of {DocumentCount} documents and {TreatyCount} treaties from {SeedsFolder} ready in {ElapsedMs:F0} ms ({SkippedCount} skipped)",
                corpus.Documents.Length, corpus.Treaties.Length, SeedsFolder, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, corpus.Skipped.Length);
            return (corpus, folderRead);
        }
    }

    // A read that outlasts its budget is given up (its thread finishes on its own); the jail keeps pipes and devices
    // from being opened at all, so this is the last guard, not the first.
    private SeedFolderContents ReadWithinBudget()
    {
        var folder = SeedsFolder;
        var maxBytes = options.Value.MaxFileBytes;
        var read = Task.Run(() => SeedFolder.Read(folder, maxBytes));
        try
        {
            if (read.Wait(TimeSpan.FromMilliseconds(options.Value.ReloadBudgetMs)))
            {
                return read.Result;
            }
        }
        catch (AggregateException e) when (e.InnerException is SeedFolderUnavailableException unavailable)
        {
            throw unavailable;
        }

        throw new SeedFolderUnavailableException($"reading the seeds folder {folder} took longer than its budget of {options.Value.ReloadBudgetMs:N0} ms; the reload was given up");
    }

    private void KeepServing(Corpus current, string reason)
    {
        if (Volatile.Read(ref _problem) is { } known && known.Reason == reason)
        {
            return;
        }

        Volatile.Write(ref _problem, new SeedsFolderProblem(reason, TimeProvider.System.GetUtcNow()));
        logger.LogWarning("{Reason}: still serving the corpus loaded at {LoadedAt:u} ({DocumentCount} documents) until it can be read again",
            reason, current.LoadedAt, current.Documents.Length);
    }

    private void Log(SeedFolderContents contents)
    {
        foreach (var document in contents.Documents)
        {
            logger.LogInformation("Loaded {SeedFile} as {DocumentId}: {SentenceCount} sentences", LogSafe(document.FileName), document.Id, document.Sentences.Length);
            foreach (var warning in document.Warnings)
            {
                logger.LogWarning("Seed {SeedFile}: {Problem}", LogSafe(document.FileName), warning);
            }
        }

        foreach (var skipped in contents.Skipped)
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
