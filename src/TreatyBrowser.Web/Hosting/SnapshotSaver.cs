using TreatyBrowser.Core;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Snapshots;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Saves snapshots off the reloading thread, one at a time: a reload hands over its corpus with its index commit held,
/// and returns at once. A snapshot only spares a restart its extraction, so saves are spaced (at least
/// <c>minimumInterval</c> apart): while one is being written or waited for, only the newest corpus is kept and the
/// others are dropped (each save is whole, so the newest is all that matters). Under a stream of changes the app then
/// writes one snapshot a while, not one a reload. A save that fails is logged and leaves the last good one.
/// </summary>
public sealed class SnapshotSaver(SnapshotStore store, SnapshotIdentity identity, TimeSpan minimumInterval, ILogger logger)
{
    private long _lastWritten;

    private readonly Lock _queue = new();
    private (Corpus Corpus, IndexCommitHold Hold)? _waiting;
    private Task _writing = Task.CompletedTask;
    private bool _running;

    /// <summary>The cache folder snapshots are saved in.</summary>
    public string Folder => store.Folder;

    /// <summary>Completes when nothing is waiting or being written (tests and benchmarks wait for it).</summary>
    public Task Idle
    {
        get
        {
            lock (_queue)
            {
                return _writing;
            }
        }
    }

    /// <summary>Queues <paramref name="corpus"/>, whose index commit <paramref name="hold"/> holds, to be saved.</summary>
    public void Save(Corpus corpus, IndexCommitHold hold)
    {
        lock (_queue)
        {
            _waiting?.Hold.Dispose();
            _waiting = (corpus, hold);
            if (!_running)
            {
                _running = true;
                _writing = Task.Run(WriteWaitingAsync);
            }
        }
    }

    private async Task WriteWaitingAsync()
    {
        while (true)
        {
            // The first save of a process is at once; later ones wait their turn, and take the newest corpus then.
            var last = Volatile.Read(ref _lastWritten);
            var since = TimeProvider.System.GetElapsedTime(last);
            if (last != 0 && since < minimumInterval)
            {
                await Task.Delay(minimumInterval - since).ConfigureAwait(false);
            }

            (Corpus Corpus, IndexCommitHold Hold) next;
            lock (_queue)
            {
                if (_waiting is not { } waiting)
                {
                    _running = false;
                    return;
                }

                next = waiting;
                _waiting = null;
            }

            using (next.Hold)
            {
                var started = TimeProvider.System.GetTimestamp();
                try
                {
                    store.Write(next.Corpus.Parts, next.Hold, identity);
                    logger.LogInformation("Saved a snapshot of {DocumentCount} documents to {SnapshotFolder} in {ElapsedMs:F0} ms",
                        next.Corpus.Documents.Length, store.Folder, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    logger.LogWarning("The snapshot could not be saved to {SnapshotFolder}: {Reason}; the next restart extracts every article", store.Folder, e.Message);
                }

                Volatile.Write(ref _lastWritten, TimeProvider.System.GetTimestamp());
            }
        }
    }
}
