using Microsoft.AspNetCore.OutputCaching;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// The output cache of rendered pages and API answers. Entries are keyed by the corpus snapshot's number (see the
/// policy in <see cref="ServiceRegistration"/>); after each reload this evicts the previous snapshot's entries.
/// </summary>
public sealed class CorpusCache(CorpusHolder holder, IOutputCacheStore store, ILogger<CorpusCache> logger) : IHostedService
{
    public const string Policy = "corpus";
    public const string Tag = "corpus";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        holder.Reloaded += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        holder.Reloaded -= Evict;
        return Task.CompletedTask;
    }

    private void Evict(Core.Corpus corpus) =>
        _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask().ContinueWith(
            t => logger.LogWarning(t.Exception, "Evicting cached pages after a reload failed; they expire within the hour"),
            TaskContinuationOptions.OnlyOnFaulted);
}
