using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// Saved snapshots of one seeds folder's corpus, in a cache folder: the model (binary, see <see cref="SavedModel"/>,
/// with a last line of JSON that names its identity and the SHA-256 of the body) beside a copy of the search index. Each snapshot is written whole under a
/// temporary name and renamed into place, then a one-line <c>current</c> file, itself written and renamed, points at
/// it; so two instances sharing the folder never see a half-written snapshot, and the last to finish is current.
/// Anything that does not read back whole (foreign, partial, corrupt) is reported, never served.
/// </summary>
public sealed class SnapshotStore(string folder)
{
    private const string Pointer = "current";
    private const string ModelFile = "model.bin";
    private const string IndexFolder = "index";
    private const string Prefix = "snap-";
    private const string TempPrefix = ".tmp-";

    // Older snapshots stay a while: another instance may be reading one.
    private static readonly TimeSpan KeepOld = TimeSpan.FromMinutes(10);

    // How many snapshots besides the current one stay for their ten minutes.
    private const int KeepRecent = 2;

    // Held while a finished snapshot is moved into place, pointed at and the old ones pruned: without it, one
    // writer's pruning could delete a snapshot another had moved in but not yet pointed at.
    private const string CommitLock = ".lock";

    /// <summary>The cache folder of this seeds folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>Whether a snapshot has been saved here (it may still prove foreign, partial or corrupt).</summary>
    public bool HasSnapshot => File.Exists(Path.Combine(Folder, Pointer));

    /// <summary>
    /// Reads the current snapshot: the parts, a starting point for <c>CorpusBuilder.Update</c>, or null with the
    /// reason when there is none, or it is foreign (another format, build, lexicon or search settings), partial or corrupt.
    /// </summary>
    public (CorpusParts? Parts, string? Problem) Read(SnapshotIdentity identity, Lexicon lexicon, IEnumerable<string> categories, Lucene.Net.Analysis.Synonym.SynonymMap synonyms)
    {
        var (snapshot, problem) = Open(identity, lexicon, categories, synonyms);
        return (snapshot?.Parts(), problem);
    }

    /// <summary>
    /// Reads the current snapshot, before the seeds folder is read: its file list keeps each file's id across a
    /// restart. Gives the snapshot, or null with the reason when there is none, or it is foreign (another format,
    /// build, lexicon or search settings), partial or corrupt.
    /// </summary>
    public (SavedSnapshot? Snapshot, string? Problem) Open(SnapshotIdentity identity, Lexicon lexicon, IEnumerable<string> categories, Lucene.Net.Analysis.Synonym.SynonymMap synonyms)
    {
        if (!HasSnapshot)
        {
            return (null, "there is no saved snapshot yet");
        }

        try
        {
            var directory = Path.Combine(Folder, PointedAt());
            // The header is the last line, written after the body: a file cut short has none.
            var bytes = SavedFile.Read(Path.Combine(directory, ModelFile), maxBytes: int.MaxValue - 64);
            var end = bytes.Length > 0 && bytes[^1] == (byte)'\n' ? bytes.Length - 1 : bytes.Length;
            var newline = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, end - 1));
            var header = Header(bytes.AsSpan((newline + 1)..end));
            if (header is null)
            {
                return (null, "the saved snapshot has no header: it is partial or not a snapshot");
            }

            if (header.Identity != identity)
            {
                return (null, $"the saved snapshot was made by another build, lexicon or search settings ({Describe(header.Identity, identity)})");
            }

            var body = bytes.AsMemory(0, newline + 1);
            if (body.Length != header.Bytes || SnapshotIdentity.Hash(body.Span) != header.Sha256)
            {
                return (null, $"the saved snapshot's model does not match its checksum ({body.Length:N0} bytes, {header.Bytes:N0} expected): it is partial or corrupt");
            }

            // The index is opened (copied into memory, every file's checksum checked: one thread) while the model is
            // read (on every core). The body ends with the newline before the header.
            var opening = Task.Run(() => SearchIndex.Open(Path.Combine(directory, IndexFolder), categories, synonyms));
            var model = SavedModel.Read(body[..^1], lexicon);
            var search = opening.GetAwaiter().GetResult();
            if (search.Count != header.IndexEntries)
            {
                return (null, $"the saved snapshot's index holds {search.Count:N0} entries, not the {header.IndexEntries:N0} its model was saved with");
            }

            return (new SavedSnapshot(model, search), null);
        }
        // A damaged file can fail anywhere inside Lucene or the model's reader, with any exception: none may stop the app.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"the saved snapshot cannot be read: {(e is AggregateException a ? a.InnerException?.Message : e.Message)}");
        }
    }

    /// <summary>
    /// Saves <paramref name="parts"/>, whose index commit is held by <paramref name="index"/> (see
    /// <see cref="SearchIndex.Commit"/>), as the current snapshot; then deletes snapshots no longer current. Thread-safe
    /// against other instances; one instance saves one at a time.
    /// </summary>
    public void Write(CorpusParts parts, IndexCommitHold index, SnapshotIdentity identity)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{Prefix}{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}"[..(Prefix.Length + 27)];
        var temp = Path.Combine(Folder, TempPrefix + name);
        try
        {
            Directory.CreateDirectory(temp);
            // The body is written as it is made, segment by segment, and hashed on the way; the header goes last, on
            // a line of its own.
            using (var model = new FileStream(Path.Combine(temp, ModelFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                ReadOnlySpan<byte> newline = [(byte)'\n'];
                foreach (var segment in SavedModel.Segments(parts))
                {
                    model.Write(segment);
                    hash.AppendData(segment);
                }

                model.Write(newline);
                hash.AppendData(newline);

                var header = new SnapshotHeader(identity, model.Length, Convert.ToHexStringLower(hash.GetHashAndReset()), parts.Search.Count);
                model.Write(JsonSerializer.SerializeToUtf8Bytes(header));
                model.Write(newline);
                model.Flush(flushToDisk: true);
            }

            SearchIndex.CopyTo(index, Path.Combine(temp, IndexFolder));
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        // Writing runs side by side; committing (move, point, prune) runs one writer at a time, across instances too.
        using (Commit())
        {
            try
            {
                Directory.Move(temp, Path.Combine(Folder, name));
                ReplaceFile(Path.Combine(Folder, Pointer), name);
            }
            catch
            {
                TryDelete(temp);
                throw;
            }

            Prune(name);
        }
    }

    // The commit lock: a file opened for no one else to share (flock on Linux), waited for up to ten seconds.
    private FileStream Commit()
    {
        var path = Path.Combine(Folder, CommitLock);
        for (var waited = 0; ; waited += 10)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited < 10_000)
            {
                Thread.Sleep(10);
            }
        }
    }

    // Written beside, then renamed over: a reader finds the old pointer or the new one, never half of one.
    private static void ReplaceFile(string path, string text)
    {
        var temp = $"{path}{TempPrefix}{Guid.NewGuid():N}";
        File.WriteAllText(temp, text, Encoding.UTF8);
        File.Move(temp, path, overwrite: true);
    }

    // An old snapshot stays ten minutes for a reader, but only the newest few do: a folder edited all day long
    // would otherwise pile up one whole snapshot per save (788 MB in ten minutes of edits to a 12 MB folder).
    private void Prune(string keep)
    {
        var now = DateTime.UtcNow;
        var current = CurrentName();
        var others = new DirectoryInfo(Folder).EnumerateDirectories()
            .Where(d => d.Name != keep && d.Name != current && (d.Name.StartsWith(Prefix, StringComparison.Ordinal) || d.Name.StartsWith(TempPrefix, StringComparison.Ordinal)))
            .OrderByDescending(d => d.LastWriteTimeUtc)
            .ToList();
        var recentSnapshots = 0;
        foreach (var directory in others)
        {
            var young = now - directory.LastWriteTimeUtc <= KeepOld;
            if (young && directory.Name.StartsWith(Prefix, StringComparison.Ordinal) && recentSnapshots++ < KeepRecent)
            {
                continue;
            }

            // A young temporary folder may be another instance's save in progress.
            if (!young || directory.Name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                TryDelete(directory.FullName);
            }
        }
    }

    // The snapshot the pointer names now, or null.
    private string? CurrentName()
    {
        try
        {
            return PointedAt();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    // The name the pointer file holds; throws when it cannot be read.
    private string PointedAt() => Encoding.UTF8.GetString(SavedFile.Read(Path.Combine(Folder, Pointer), maxBytes: 4096)).Trim().TrimStart('\uFEFF');

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another instance may be reading it; the next save tries again.
        }
    }

    private static string Describe(SnapshotIdentity found, SnapshotIdentity expected) =>
        found.Format != expected.Format ? $"format {found.Format}, this build reads {expected.Format}"
        : found.App != expected.App ? $"build {found.App}, this is {expected.App}"
        : found.Lexicon != expected.Lexicon ? "another lexicon"
        : "other search settings";

    private static SnapshotHeader? Header(ReadOnlySpan<byte> line)
    {
        try
        {
            return line.IsEmpty ? null : JsonSerializer.Deserialize<SnapshotHeader>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record SnapshotHeader(SnapshotIdentity Identity, long Bytes, string Sha256, int IndexEntries);
}
