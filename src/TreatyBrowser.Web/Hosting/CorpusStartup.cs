using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Loads the first corpus as the app starts. Hosted services start before the server takes its first request, and
/// this one is registered before the watcher, so no page ever waits for a load and the start-up log says what was
/// loaded or skipped before the app says it is listening.
/// </summary>
public sealed class CorpusStartup(ExtractionPipeline pipeline, CorpusLoader loader, CorpusHolder holder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The lexicon's patterns compile on another core while the first load reads with interpreted ones (the same
        // reading, slower): from the start when there is no snapshot to start from, else as soon as the load finds
        // files to analyse (CorpusLoaderSettings.CompileToAnalyse). A restart from a snapshot that fits analyses
        // nothing: it reads the snapshot on both cores, and the patterns compile after it, for the next change or
        // pasted article.
        if (loader.Settings.Snapshots is not { HasSnapshot: true })
        {
            _ = pipeline.CompileAsync();
        }

        holder.LoadFirst(cancellationToken);

        // The first load leaves behind all it read on the way (a restart reads the whole snapshot file into one array
        // as large as the model), and the server collector keeps the pages it freed for the next allocations: one
        // compacting collection gives them back to the system before the first request.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _ = pipeline.CompileAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
