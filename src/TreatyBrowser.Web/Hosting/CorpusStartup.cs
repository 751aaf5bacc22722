using TreatyBrowser.Core.Extraction;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Loads the first corpus as the app starts. Hosted services start before the server takes its first request, and
/// this one is registered before the watcher, so no page ever waits for a load and the start-up log says what was
/// loaded or skipped before the app says it is listening.
/// </summary>
public sealed class CorpusStartup(ExtractionPipeline pipeline, CorpusHolder holder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The lexicon's patterns compile on another core while the first load reads with interpreted ones (the same
        // reading, slower).
        _ = pipeline.CompileAsync();
        holder.LoadFirst(cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
