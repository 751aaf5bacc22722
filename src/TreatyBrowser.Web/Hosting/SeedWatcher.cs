using Microsoft.Extensions.Options;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Watches the seeds folder and reloads the corpus when an article is added, changed, renamed or removed. Bursts of
/// events (an editor saving, a copy of many files) are gathered for <see cref="SeedsOptions.ReloadDelayMs"/> and
/// answered with one reload, off the request path. If the folder vanishes or cannot be read, the last good corpus is
/// kept (see <see cref="CorpusHolder.Problem"/>) and the folder is checked every
/// <see cref="SeedsOptions.CheckFolderMs"/> until it is back, then watched and read again. When to read is decided
/// here alone, by one small state machine (fresh, stale, unreadable) driven by what each read reports; the holder
/// reads, swaps and reports, and decides nothing about when.
/// </summary>
public sealed class SeedWatcher(CorpusHolder holder, IOptions<SeedsOptions> options, ILogger<SeedWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0);

    // The folder as this watcher last knew it. One state machine, here: the holder only reads and reports.
    private enum FolderState
    {
        /// <summary>Read, and unchanged since.</summary>
        Fresh,

        /// <summary>Changed (or its watch was lost) since it was read: read it again.</summary>
        Stale,

        /// <summary>It could not be read: the last good corpus is served; check again every CheckFolderMs.</summary>
        Unreadable,
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch)
        {
            logger.LogInformation("Not watching {SeedsFolder} for changes", holder.SeedsFolder);
            return;
        }

        // The start-up load has run. From then on, each round makes a fresh watcher *before* reading the folder, so no
        // change is missed between a read and the watch, and a folder that was replaced is watched anew.
        var state = holder.Problem is null ? FolderState.Fresh : FolderState.Unreadable;
        while (!stoppingToken.IsCancellationRequested)
        {
            using var watcher = TryWatch();
            if (watcher is null)
            {
                // Reading records why it cannot be read and keeps the corpus; then wait for the folder to come back.
                if (state != FolderState.Unreadable)
                {
                    state = Read(stoppingToken);
                }

                await Task.Delay(options.Value.CheckFolderMs, stoppingToken);
                continue;
            }

            if (state != FolderState.Fresh)
            {
                state = Read(stoppingToken);
            }

            await WaitForChangeAsync(state, stoppingToken);
            state = state == FolderState.Unreadable ? FolderState.Unreadable : FolderState.Stale;
        }
    }

    private FileSystemWatcher? TryWatch()
    {
        if (!Directory.Exists(holder.SeedsFolder))
        {
            return null;
        }

        try
        {
            var watcher = new FileSystemWatcher(holder.SeedsFolder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, e) => { logger.LogWarning(e.GetException(), "Watching the seeds folder failed; reading it again to be safe"); _changed.Release(); };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogWarning("Cannot watch {SeedsFolder}: {Reason}", holder.SeedsFolder, e.Message);
            return null;
        }
    }

    // Returns after a change and a quiet spell; or as soon as the folder itself is gone (renamed or deleted away,
    // which raises no event inside it); or, while the folder cannot be read, at every check, to try again.
    private async Task WaitForChangeAsync(FolderState state, CancellationToken stoppingToken)
    {
        while (!await _changed.WaitAsync(options.Value.CheckFolderMs, stoppingToken))
        {
            if (!Directory.Exists(holder.SeedsFolder) || state == FolderState.Unreadable)
            {
                return;
            }
        }

        await Task.Delay(options.Value.ReloadDelayMs, stoppingToken);
        while (_changed.CurrentCount > 0)
        {
            await _changed.WaitAsync(stoppingToken);
        }
    }

    // Reads the folder; the outcome is the next state.
    private FolderState Read(CancellationToken stoppingToken)
    {
        try
        {
            return holder.Reload(stoppingToken).FolderRead ? FolderState.Fresh : FolderState.Unreadable;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed reload keeps the corpus being served; the next change tries again.
            logger.LogError(e, "Reloading the seeds folder failed; still serving the previous corpus");
            return FolderState.Fresh;
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
