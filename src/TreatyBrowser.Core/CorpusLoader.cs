using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Snapshots;

namespace TreatyBrowser.Core;

/// <summary>
/// Decides how the next corpus is made, and makes it: from the previous corpus when there is one (only what changed
/// is read and analysed), else from the saved snapshot (nothing is analysed that did not change), else, or when either
/// fails, built whole. The folder's scan has a time budget. What happened comes back as a <see cref="CorpusLoad"/>,
/// for the caller to log, serve and save: the app's <c>CorpusHolder</c> and the scale benchmark load alike.
/// </summary>
public sealed class CorpusLoader(ExtractionPipeline pipeline, CorpusLoaderSettings settings, TimeProvider clock)
{
    /// <summary>What this loader reads, and how.</summary>
    public CorpusLoaderSettings Settings { get; } = settings;

    /// <summary>
    /// The corpus that follows <paramref name="previous"/> (null on the first load). When the seeds folder cannot be
    /// read, the report says why and holds <paramref name="previous"/> unchanged, or, on a first load, an empty corpus.
    /// Cancelling <paramref name="cancellationToken"/> (the app is stopping) stops the reading and analysis with an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public CorpusLoad Load(Corpus? previous, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var (saved, snapshotProblem) = previous is null ? OpenSnapshot() : (null, null);
        var opened = clock.GetTimestamp();
        // What was read before, the previous corpus's files or the saved snapshot's: a file whose size and time are
        // those is not read again, and each keeps its id.
        var known = (previous?.Parts.Files ?? saved?.Files)?.ToDictionary(f => f.Path, StringComparer.Ordinal);
        SeedFolderScan scan;
        try
        {
            scan = ScanWithinBudget(known, cancellationToken);
        }
        catch (SeedFolderUnavailableException e)
        {
            // Nothing says the articles are gone: the previous corpus stays. A first load has nothing to keep.
            var kept = previous ?? CorpusBuilder.Build(
                new SeedFolderContents([], [new SkippedFile(Settings.SeedsFolder, e.Message)]), pipeline, Settings.Synonyms, clock, cancellationToken);
            return new CorpusLoad(kept, new SeedFolderScan([], kept.Skipped), CorpusOrigin.Kept, clock.GetElapsedTime(started)) { FolderProblem = e.Message };
        }

        var scanned = clock.GetTimestamp();
        var (from, origin) = previous is not null ? (previous.Parts, CorpusOrigin.Previous) : (saved?.Parts(), CorpusOrigin.SavedSnapshot);
        var timings = $"{(saved is null ? "" : $"snapshot read {Ms(started, opened)}, ")}scan {Ms(opened, scanned)}";
        Exception? updateFailure = null;
        if (from is not null)
        {
            if (scan.ReadCount > 0)
            {
                CompileToAnalyse();
            }

            try
            {
                var (corpus, change) = CorpusBuilder.Update(from, scan, pipeline, clock, cancellationToken);
                return new CorpusLoad(corpus, scan, origin, clock.GetElapsedTime(started))
                {
                    Change = change,
                    Timings = timings,
                    SnapshotProblem = snapshotProblem,
                    SnapshotFolder = origin == CorpusOrigin.SavedSnapshot ? Settings.Snapshots?.Folder : null,
                };
            }
            catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
            {
                updateFailure = e;
            }
        }

        CompileToAnalyse();

        // A whole build needs every document read: a scan against the previous corpus read only the changed ones.
        var full = scan.Files.All(f => f.Document is not null)
            ? scan
            : SeedFolder.Scan(Settings.SeedsFolder, Settings.MaxFileBytes, saved: known, cancellationToken: cancellationToken);
        var contents = new SeedFolderContents([.. full.Files.Select(f => f.Document!)], full.Skipped) { Files = [.. full.Files.Select(f => f.File)] };
        var built = CorpusBuilder.Build(contents, pipeline, Settings.Synonyms, clock, cancellationToken);
        return new CorpusLoad(built, full, CorpusOrigin.BuiltWhole, clock.GetElapsedTime(started))
        {
            Timings = timings,
            SnapshotProblem = snapshotProblem,
            UpdateFailure = updateFailure,
            UpdateFrom = updateFailure is null ? null : origin,
        };
    }

    // Files are about to be analysed: the patterns compile on another core meanwhile, when the settings say so (the
    // app's; a restart from a snapshot that fits analyses nothing, and its cores go to reading the snapshot instead).
    private void CompileToAnalyse()
    {
        if (Settings.CompileToAnalyse)
        {
            _ = pipeline.CompileAsync();
        }
    }

    private string Ms(long from, long to) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{clock.GetElapsedTime(from, to).TotalMilliseconds:F0} ms");

    // The saved snapshot, read before the folder so that its files keep their ids; or why there is none to start from.
    private (SavedSnapshot? Snapshot, string? Problem) OpenSnapshot() =>
        Settings.Snapshots is { } store
            ? store.Open(Settings.SnapshotIdentity, pipeline.Lexicon, pipeline.SentenceCategories, Settings.Synonyms)
            : (null, null);

    // A read that outlasts its budget is given up and cancelled: it stops at the next file. The jail keeps pipes and
    // devices from being opened at all, so this is the last guard, not the first. Files whose size and time are those
    // of the previous corpus's are not read again.
    private SeedFolderScan ScanWithinBudget(Dictionary<string, SeedFile>? known, CancellationToken cancellationToken)
    {
        var (folder, maxBytes, budget) = (Settings.SeedsFolder, Settings.MaxFileBytes, Settings.ScanBudget);
        using var abandoned = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var read = Task.Run(() => SeedFolder.Scan(folder, maxBytes, known, cancellationToken: abandoned.Token), CancellationToken.None);
        try
        {
            if (read.Wait(budget, cancellationToken))
            {
                return read.Result;
            }
        }
        catch (AggregateException e) when (e.InnerException is SeedFolderUnavailableException or OperationCanceledException)
        {
            throw e.InnerException;
        }

        abandoned.Cancel();
        throw new SeedFolderUnavailableException($"reading the seeds folder {folder} took longer than its budget of {budget.TotalMilliseconds:N0} ms; the reload was given up");
    }
}

/// <summary>Where a <see cref="CorpusLoader"/> reads its articles, within what limits, and where it finds a saved snapshot.</summary>
/// <param name="SeedsFolder">The seeds folder, a full path.</param>
public sealed record CorpusLoaderSettings(string SeedsFolder)
{
    /// <summary>A file over this many bytes is skipped with a reason.</summary>
    public long MaxFileBytes { get; init; } = DocumentLoader.DefaultMaxFileBytes;

    /// <summary>How long a scan of the folder may take before it is given up (and the folder reported unreadable).</summary>
    public TimeSpan ScanBudget { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>The search synonyms of every index built.</summary>
    public Lucene.Net.Analysis.Synonym.SynonymMap Synonyms { get; init; } = Search.Synonyms.Default;

    /// <summary>Where snapshots of this folder are saved; null when they are not read at all.</summary>
    public SnapshotStore? Snapshots { get; init; }

    /// <summary>
    /// Whether a load that analyses files first starts compiling the pipeline's patterns (<see cref="ExtractionPipeline.CompileAsync"/>),
    /// which then read beside it with interpreted ones until they are ready.
    /// </summary>
    public bool CompileToAnalyse { get; init; }

    /// <summary>What a saved snapshot must have been made by (build, lexicon, synonyms) to be read.</summary>
    public SnapshotIdentity SnapshotIdentity { get; init; } = null!;
}

/// <summary>Where the corpus of a <see cref="CorpusLoad"/> came from.</summary>
public enum CorpusOrigin
{
    /// <summary>The previous corpus, updated with what changed.</summary>
    Previous,

    /// <summary>The saved snapshot, updated with what changed since it was saved.</summary>
    SavedSnapshot,

    /// <summary>Every article extracted.</summary>
    BuiltWhole,

    /// <summary>The folder could not be read: the previous corpus, unchanged (or an empty one on a first load).</summary>
    Kept,
}

/// <summary>What a <see cref="CorpusLoader"/> did: the corpus, where it came from, and what went wrong on the way.</summary>
/// <param name="Corpus">The corpus to serve.</param>
/// <param name="Scan">The scan of the folder the corpus was made from (empty when the folder could not be read).</param>
/// <param name="Origin">Where the corpus came from.</param>
/// <param name="Elapsed">How long the load took.</param>
public sealed record CorpusLoad(Corpus Corpus, SeedFolderScan Scan, CorpusOrigin Origin, TimeSpan Elapsed)
{
    /// <summary>What an update changed, phase by phase; null when the corpus was built whole or kept.</summary>
    public CorpusChange? Change { get; init; }

    /// <summary>Why the seeds folder could not be read; null when it could.</summary>
    public string? FolderProblem { get; init; }

    /// <summary>Why a first load did not start from a saved snapshot; null when it did, or when none is kept.</summary>
    public string? SnapshotProblem { get; init; }

    /// <summary>The failure of an update, which a whole build then replaced; null when none failed.</summary>
    public Exception? UpdateFailure { get; init; }

    /// <summary>What the failed update started from.</summary>
    public CorpusOrigin? UpdateFrom { get; init; }

    /// <summary>Whether nothing changed since the corpus it started from (no new snapshot needs saving).</summary>
    public bool Unchanged => Origin == CorpusOrigin.Kept || Change is { IsEmpty: true };

    /// <summary>How long reading the saved snapshot and scanning the folder took.</summary>
    public string Timings { get; init; } = "";

    /// <summary>The folder of the saved snapshot the corpus started from; null when it did not.</summary>
    public string? SnapshotFolder { get; init; }

    /// <summary>Whether the file at <paramref name="path"/> was analysed by this load (new, changed or built whole).</summary>
    public bool Analysed(string path) => Origin == CorpusOrigin.BuiltWhole || (_analysed ??= [.. Change?.AnalysedFiles ?? []]).Contains(path);

    private HashSet<string>? _analysed;

    /// <summary>How the corpus was made, in a phrase for the log.</summary>
    public string How => (Timings.Length > 0 ? Timings + "; " : "") + Origin switch
    {
        CorpusOrigin.BuiltWhole => "built whole",
        CorpusOrigin.Kept => "kept the previous corpus",
        _ when Change is { } c => $"from {(Origin == CorpusOrigin.Previous ? "the previous snapshot" : $"the snapshot saved in {SnapshotFolder}")}, {c.Kept} kept, {c.Analysed} analysed, " +
            $"{c.Removed} removed, {c.TreatiesBuilt} treaties built, {c.DocumentsReindexed} documents re-indexed ({c.Phases})",
        _ => Origin.ToString(),
    };
}
