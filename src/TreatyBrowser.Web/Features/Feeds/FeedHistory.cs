using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TreatyBrowser.Core;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Features.Feeds;

/// <summary>
/// What changed, snapshot after snapshot. Each time a corpus is loaded its facts are compared with those of the last
/// one recorded, and every new or changed fact becomes an entry. Entries and facts are kept in one small file, so
/// that a restart over the same seeds adds nothing and a reader's feed keeps its history. Bounded: each treaty keeps
/// its last <see cref="PerFeed"/> entries, and so does the whole corpus. The file is written to a temporary name and
/// renamed, so a crash never leaves half of it; one that cannot be read is set aside (never deleted) and the history
/// starts again.
/// </summary>
public sealed class FeedHistory
{
    public const int PerFeed = 100;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly Lock _recording = new();
    private readonly ILogger<FeedHistory> _logger;
    private State? _state;

    public FeedHistory(IOptions<FeedOptions> options, IOptions<SeedsOptions> seedsOptions, IHostEnvironment environment, ILogger<FeedHistory> logger)
    {
        _logger = logger;
        var seedsFolder = Path.GetFullPath(seedsOptions.Value.Path, environment.ContentRootPath);
        FilePath = options.Value.HistoryPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : DefaultPath(seedsFolder);
        var seeds = Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsFolder)) + Path.DirectorySeparatorChar;
        if (FilePath.StartsWith(seeds, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{FeedOptions.Section}:HistoryPath ({FilePath}) lies inside the seeds folder; the app never writes there. Choose a path outside it.");
        }
    }

    /// <summary>Where the history is kept.</summary>
    public string FilePath { get; }

    /// <summary>The newest entries first: of one treaty, or of the whole corpus when <paramref name="treatyId"/> is null.</summary>
    public IReadOnlyList<FeedEntry> Entries(string? treatyId)
    {
        var state = Volatile.Read(ref _state);
        return state is null
            ? []
            : [.. state.Entries.Where(e => treatyId is null || e.TreatyId == treatyId).OrderByDescending(e => e.Seen).Take(PerFeed)];
    }

    /// <summary>Compares a newly loaded corpus with the last one recorded and keeps what changed.</summary>
    public void Record(Corpus corpus)
    {
        lock (_recording)
        {
            var before = _state ?? Read();
            var names = corpus.Treaties.ToDictionary(t => t.Id, t => t.Name);
            var facts = FeedFact.Of(corpus);
            var added = new List<FeedEntry>();
            foreach (var fact in facts)
            {
                if (!before.Facts.TryGetValue(fact.Key, out var old) || old != fact.Value)
                {
                    added.Add(FeedEntry.For(fact, before.Facts.ContainsKey(fact.Key) ? old : null, names[fact.TreatyId], corpus.LoadedAt));
                }
            }

            if (added.Count == 0 && facts.Count == before.Facts.Count)
            {
                // Nothing changed: what is held (or, on a restart, what the file holds) stays, and the file is not
                // written again.
                Volatile.Write(ref _state, before);
                return;
            }

            var state = new State(facts.ToDictionary(f => f.Key, f => f.Value), Trim([.. before.Entries, .. added]));
            Volatile.Write(ref _state, state);
            Write(state);
            if (added.Count > 0)
            {
                _logger.LogInformation("Feeds: {EntryCount} new entries from the corpus loaded at {LoadedAt:u}", added.Count, corpus.LoadedAt);
            }
        }
    }

    // Keeps an entry while it is among the newest PerFeed of its treaty or of the whole corpus.
    private static List<FeedEntry> Trim(List<FeedEntry> entries)
    {
        var newest = entries.OrderByDescending(e => e.Seen).ToList();
        var keep = new HashSet<FeedEntry>(newest.Take(PerFeed));
        foreach (var treaty in newest.GroupBy(e => e.TreatyId))
        {
            keep.UnionWith(treaty.Take(PerFeed));
        }

        return [.. entries.Where(keep.Contains)];
    }

    private State Read()
    {
        DeleteLeftovers();
        if (!File.Exists(FilePath))
        {
            return State.Empty;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<StoredHistory>(File.ReadAllBytes(FilePath), Json);
            if (stored is { Version: StoredHistory.CurrentVersion, Facts: not null, Entries: not null })
            {
                return new State(stored.Facts, stored.Entries);
            }

            SetAside($"it is not a version {StoredHistory.CurrentVersion} feed history");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            SetAside(e.Message);
        }

        return State.Empty;
    }

    private void SetAside(string reason)
    {
        var aside = $"{FilePath}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmss}";
        _logger.LogWarning("Feed history {HistoryFile} cannot be read ({Reason}); kept as {SetAside}, starting a new history", FilePath, reason, aside);
        try
        {
            File.Move(FilePath, aside);
        }
        catch (IOException e)
        {
            _logger.LogWarning("Could not set the feed history aside: {Reason}", e.Message);
        }
    }

    private void Write(State state)
    {
        var temporary = $"{FilePath}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new StoredHistory(StoredHistory.CurrentVersion, state.Facts, state.Entries), Json));
            File.Move(temporary, FilePath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The feeds keep working from memory; only the next restart would lose what was not written. A full disk
            // leaves half a temporary file: it goes, or every failed write would leave one more.
            _logger.LogError("Feed history {HistoryFile} could not be written: {Reason}", FilePath, e.Message);
            Delete(temporary);
        }
    }

    // Temporary files a crash left (older than a minute, so never one another process is writing right now).
    private void DeleteLeftovers()
    {
        try
        {
            var folder = Path.GetDirectoryName(FilePath)!;
            if (!Directory.Exists(folder))
            {
                return;
            }

            foreach (var leftover in Directory.EnumerateFiles(folder, Path.GetFileName(FilePath) + ".*.tmp"))
            {
                if (File.GetLastWriteTimeUtc(leftover) < DateTime.UtcNow.AddMinutes(-1))
                {
                    Delete(leftover);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not list the feed history's folder for leftover temporary files: {Reason}", e.Message);
        }
    }

    private void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not delete the temporary file {TemporaryFile}: {Reason}", path, e.Message);
        }
    }

    private static string DefaultPath(string seedsFolder)
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.GetTempPath();
        }

        // One history per seeds folder: two corpora never mix their feeds.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(seedsFolder))))[..16];
        return Path.Combine(root, "TreatyBrowser", "feeds", $"{key}.json");
    }

    private sealed record State(Dictionary<string, string> Facts, List<FeedEntry> Entries)
    {
        public static State Empty => new([], []);
    }

    private sealed record StoredHistory(int Version, Dictionary<string, string>? Facts, List<FeedEntry>? Entries)
    {
        public const int CurrentVersion = 1;
    }
}
