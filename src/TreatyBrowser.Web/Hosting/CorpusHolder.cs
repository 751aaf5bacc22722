using Microsoft.Extensions.Options;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Holds the current corpus snapshot. Pages read <see cref="Current"/> once per request; a reload builds a new
/// snapshot and replaces the reference in one step.
/// </summary>
public sealed class CorpusHolder(IOptions<SeedsOptions> options, IHostEnvironment environment, ExtractionPipeline pipeline, ILogger<CorpusHolder> logger)
{
    private Corpus? _current;

    /// <summary>The snapshot being served; loaded on first use.</summary>
    public Corpus Current => Volatile.Read(ref _current) ?? Reload();

    /// <summary>The seeds folder, resolved against the content root.</summary>
    public string SeedsFolder => System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    /// <summary>Reads the seeds folder again and swaps the new snapshot in.</summary>
    public Corpus Reload()
    {
        var started = TimeProvider.System.GetTimestamp();
        var contents = SeedFolder.Read(SeedsFolder, options.Value.MaxFileBytes);
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

        var corpus = Corpus.Build(contents, pipeline);
        Volatile.Write(ref _current, corpus);
        logger.LogInformation("Corpus of {DocumentCount} documents from {SeedsFolder} ready in {ElapsedMs:F0} ms ({SkippedCount} skipped)",
            corpus.Documents.Length, SeedsFolder, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds, corpus.Skipped.Length);
        return corpus;
    }
}
