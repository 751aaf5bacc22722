using Microsoft.Extensions.Options;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

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
    ILogger<CorpusHolder> logger)
{
    private readonly Lock _reloading = new();
    private Corpus? _current;
    private int _generation;
    private SeedsFolderProblem? _problem;

    /// <summary>The snapshot being served; loaded on first use.</summary>
    public Corpus Current => Volatile.Read(ref _current) ?? Reload();

    /// <summary>How many snapshots have been built; changes with every reload (the page cache keys on it).</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Why the seeds folder cannot be read right now, and since when; null while it can.</summary>
    public SeedsFolderProblem? Problem => Volatile.Read(ref _problem);

    /// <summary>The seeds folder, resolved against the content root.</summary>
    public string SeedsFolder => Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    /// <summary>Reads the seeds folder again and swaps the new snapshot in. Reloads run one at a time.</summary>
    public Corpus Reload()
    {
        lock (_reloading)
        {
            var started = TimeProvider.System.GetTimestamp();
            SeedFolderContents contents;
            try
            {
                contents = SeedFolder.Read(SeedsFolder, options.Value.MaxFileBytes);
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
                    return current;
                }

                // The first load has nothing to keep: an empty corpus that says why.
                Volatile.Write(ref _problem, new SeedsFolderProblem(e.Message, TimeProvider.System.GetUtcNow()));
                logger.LogError("{Reason}: starting with no articles; they will be loaded when it can be read", e.Message);
                contents = new SeedFolderContents([], [new SkippedFile(SeedsFolder, e.Message)]);
            }

            Log(contents);
            var corpus = Corpus.Build(contents, pipeline, synonyms);
            Volatile.Write(ref _current, corpus);
            Interlocked.Increment(ref _generation);
            logger.LogInformation("Corpus of {DocumentCount} documents and {TreatyCount} treaties from {SeedsFolder} ready in {ElapsedMs:F0} ms ({SkippedCount} skipped)",
                corpus.Documents.Length, corpus.Treaties.Length, SeedsFolder, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, corpus.Skipped.Length);
            return corpus;
        }
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
            logger.LogInformation("Loaded {SeedFile} as {DocumentId}: {SentenceCount} sentences", document.FileName, document.Id, document.Sentences.Length);
            foreach (var warning in document.Warnings)
            {
                logger.LogWarning("Seed {SeedFile}: {Problem}", document.FileName, warning);
            }
        }

        foreach (var skipped in contents.Skipped)
        {
            logger.LogError("Skipped seed {SeedFile}: {Reason}", skipped.FileName, skipped.Reason);
        }
    }
}

/// <summary>The seeds folder cannot be read: why, in plain words, and since when.</summary>
public sealed record SeedsFolderProblem(string Reason, DateTimeOffset Since);
