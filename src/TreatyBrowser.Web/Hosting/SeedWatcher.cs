using Microsoft.Extensions.Options;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Watches the seeds folder and reloads the corpus when an article is added, changed, renamed or removed. Bursts of
/// events (an editor saving, a copy of many files) are gathered for <see cref="SeedsOptions.ReloadDelayMs"/> and
/// answered with one reload, off the request path.
/// </summary>
public sealed class SeedWatcher(CorpusHolder holder, IOptions<SeedsOptions> options, ILogger<SeedWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch || !Directory.Exists(holder.SeedsFolder))
        {
            logger.LogInformation("Not watching {SeedsFolder} for changes", holder.SeedsFolder);
            return;
        }

        using var watcher = new FileSystemWatcher(holder.SeedsFolder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, e) => { logger.LogWarning(e.GetException(), "Watching the seeds folder failed; reloading to be safe"); _changed.Release(); };
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {SeedsFolder} for changes", holder.SeedsFolder);

        while (!stoppingToken.IsCancellationRequested)
        {
            await _changed.WaitAsync(stoppingToken);
            await Task.Delay(options.Value.ReloadDelayMs, stoppingToken);
            while (_changed.CurrentCount > 0)
            {
                await _changed.WaitAsync(stoppingToken);
            }

            try
            {
                holder.Reload();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed reload keeps the corpus being served; the next change tries again.
                logger.LogError(e, "Reloading the seeds folder failed; still serving the previous corpus");
            }
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (Directory.Exists(e.FullPath) || Core.Loading.SeedFolder.Extensions.Contains(Path.GetExtension(e.FullPath).ToLowerInvariant())
            || e is RenamedEventArgs r && Core.Loading.SeedFolder.Extensions.Contains(Path.GetExtension(r.OldFullPath).ToLowerInvariant())
            || e.ChangeType == WatcherChangeTypes.Deleted)
        {
            _changed.Release();
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }
}
