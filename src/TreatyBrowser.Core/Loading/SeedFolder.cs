using MemoryPack;
using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Loading;

/// <summary>A file of the seeds folder that was not loaded, and why.</summary>
/// <param name="FileName">Path relative to the seeds folder.</param>
/// <param name="Reason">Plain words, shown on the status page.</param>
[MemoryPackable]
public sealed partial record SkippedFile(string FileName, string Reason);

/// <summary>What reading a seeds folder gave: the documents and the files that were skipped.</summary>
public sealed record SeedFolderContents(ImmutableArray<SourceDocument> Documents, ImmutableArray<SkippedFile> Skipped)
{
    /// <summary>The file each document was read from, in the same order (empty for documents made in memory).</summary>
    public ImmutableArray<SeedFile> Files { get; init; } = [];
}

/// <summary>One article file as it was read: its path, size and time (its stamp), the hash of its bytes, and its document's id.</summary>
/// <param name="Path">Path relative to the seeds folder.</param>
/// <param name="Length">Its size in bytes when read.</param>
/// <param name="WrittenUtc">Its last write time when read.</param>
/// <param name="ContentHash">SHA-256 of its bytes, hex.</param>
/// <param name="DocumentId">The id of the document read from it.</param>
[MemoryPackable]
public sealed partial record SeedFile(string Path, long Length, DateTime WrittenUtc, string ContentHash, [property: Snapshots.Pooled] string DocumentId);

/// <summary>
/// A scan of the seeds folder against what was read before: every article file in path order, each with its document
/// when it was read now, or none when its size and time are those of <c>known</c> (it was not read again).
/// </summary>
public sealed record SeedFolderScan(ImmutableArray<(SeedFile File, SourceDocument? Document)> Files, ImmutableArray<SkippedFile> Skipped)
{
    /// <summary>How many files were read (new or changed stamps).</summary>
    public int ReadCount => Files.Count(f => f.Document is not null);
}

/// <summary>
/// The seeds folder itself cannot be read: it is missing, it is a file, or it cannot be listed. Unlike a bad file,
/// this says nothing about the articles, so a host keeps serving what it had.
/// </summary>
public sealed class SeedFolderUnavailableException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>Reads every <c>.txt</c> and <c>.md</c> file under a folder; one bad file never stops the others.</summary>
public static class SeedFolder
{
    /// <summary>The file extensions that are loaded.</summary>
    public static readonly ImmutableArray<string> Extensions = [".txt", ".md"];

    /// <summary>
    /// Loads every article under <paramref name="folder"/>, in a stable (ordinal path) order. Throws
    /// <see cref="SeedFolderUnavailableException"/> when the folder itself cannot be read.
    /// </summary>
    public static SeedFolderContents Read(string folder, long maxFileBytes = DocumentLoader.DefaultMaxFileBytes)
    {
        var scan = Scan(folder, maxFileBytes);
        return new SeedFolderContents([.. scan.Files.Select(f => f.Document!)], scan.Skipped) { Files = [.. scan.Files.Select(f => f.File)] };
    }

    /// <summary>
    /// Lists every article under <paramref name="folder"/> in path order and reads those whose size or time differ
    /// from <paramref name="known"/> (by path; all of them without it). Ids are made unique over the whole list, so
    /// they are the ones a full read gives; an id that <paramref name="known"/> or <paramref name="saved"/> (files
    /// read before that are all read again: a whole build after a failed update) gave a file stays with it. Throws <see cref="SeedFolderUnavailableException"/> when the folder itself
    /// cannot be read.
    /// </summary>
    /// <remarks>
    /// Cancelling <paramref name="cancellationToken"/> (a reload past its time budget) stops the reading between files
    /// with an <see cref="OperationCanceledException"/>, so an abandoned scan does not go on using the cores.
    /// </remarks>
    public static SeedFolderScan Scan(string folder, long maxFileBytes = DocumentLoader.DefaultMaxFileBytes, IReadOnlyDictionary<string,
        SeedFile>? known = null, IReadOnlyDictionary<string, SeedFile>? saved = null, CancellationToken cancellationToken = default)
    {
        var stamps = known is null ? null : new Dictionary<string, (long Length, DateTime WrittenUtc)>(StringComparer.Ordinal);
        var (files, skipped) = List(folder, stamps);
        var realRoot = OpenedFile.RealPath(folder);

        // Files are read in parallel, in order; ids are then made unique in that same order, so they are stable.
        var loaded = files.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(relative =>
        {
            try
            {
                var path = Path.Combine(folder, relative);
                if (known?.GetValueOrDefault(relative) is { } before && Stamp(path, stamps?.GetValueOrDefault(relative)) == (before.Length, before.WrittenUtc))
                {
                    return (relative, File: (SeedFile?)before, Document: (SourceDocument?)null, Error: (string?)null);
                }

                var (file, document) = LoadFile(path, relative, realRoot, maxFileBytes);
                return (relative, File: (SeedFile?)file, Document: (SourceDocument?)document, Error: (string?)null);
            }
            catch (Exception e) when (e is LoadException or IOException or UnauthorizedAccessException)
            {
                return (relative, File: (SeedFile?)null, Document: null, Error: e.Message);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever else one file makes the reader throw costs that file, never the reload of every other.
                return (relative, File: (SeedFile?)null, Document: null, Error: $"could not be read: {e.GetType().Name}: {e.Message}");
            }
        }).ToList();

        // Permalinks stay with their articles. First, an id once given keeps belonging to its file while the file is
        // there: what was read before (known: the previous corpus, or the saved snapshot on a restart) remembers it, so a newcomer whose name
        // slugs to the same gets the suffix, whatever the order of the names. Then a file whose name already is its id
        // ("iran-russia-strategic-partnership.txt") keeps it against a later "Iran-Russia-Strategic-Partnership.txt",
        // which gets "-2". The rest in path order, so a first read's ids depend on the files alone.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (relative, _, _, _) in loaded.Where(l => l.File is not null))
        {
            if ((known ?? saved)?.GetValueOrDefault(relative) is { } before && IsIdOf(before.DocumentId, relative))
            {
                owners.TryAdd(before.DocumentId, relative);
            }
        }

        foreach (var (relative, _, _, _) in loaded.Where(l => l.File is not null && IsOwnId(l.relative)))
        {
            owners.TryAdd(DocumentLoader.IdOf(relative), relative);
        }

        var owned = owners.ToDictionary(o => o.Value, o => o.Key, StringComparer.Ordinal);
        var usedIds = new HashSet<string>(owners.Keys, StringComparer.Ordinal);
        var scanned = new List<(SeedFile, SourceDocument?)>();
        foreach (var (relative, found, read, error) in loaded)
        {
            var (file, document) = (found, read);
            if (file is null)
            {
                skipped.Add(new SkippedFile(relative, error!));
                continue;
            }

            if (owned.GetValueOrDefault(relative) is not { } id)
            {
                id = DocumentLoader.IdOf(relative);
                id = usedIds.Add(id) ? id : UniqueId(id, usedIds);
            }
            if (document is null && file.DocumentId != id)
            {
                // Unchanged, but its id is not the one it had ("a.md" became "a" when "a.txt" went): read it again.
                try
                {
                    (file, document) = LoadFile(Path.Combine(folder, relative), relative, realRoot, maxFileBytes);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    skipped.Add(new SkippedFile(relative, e is LoadException or IOException or UnauthorizedAccessException ? e.Message : $"could not be read: {e.GetType().Name}: {e.Message}"));
                    continue;
                }
            }

            scanned.Add((file with { DocumentId = id }, document is null || document.Id == id ? document : document with { Id = id }));
        }

        return new SeedFolderScan([.. scanned], [.. skipped.OrderBy(s => s.FileName, StringComparer.Ordinal)]);
    }

    // The file list is taken whole before any file is read, so a folder that vanishes or cannot be listed is one clear
    // error, not a failure halfway through.
    // A plain file's size and time as the listing found them; a link's target is asked.
    private static (long Length, DateTime WrittenUtc) Stamp(string path, (long Length, DateTime WrittenUtc)? listed)
    {
        if (listed is { } stamp)
        {
            return stamp;
        }

        var info = Target(path);
        return (info.Length, info.LastWriteTimeUtc);
    }

    private static (List<string> Files, List<SkippedFile> Skipped) List(string folder, Dictionary<string, (long Length, DateTime WrittenUtc)>? stamps)
    {
        if (!Directory.Exists(folder))
        {
            throw new SeedFolderUnavailableException(File.Exists(folder) ? $"the seeds folder {folder} is a file, not a folder" : $"the seeds folder {folder} does not exist");
        }

        try
        {
            return SeedFolderJail.List(folder, Extensions, stamps);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SeedFolderUnavailableException($"the seeds folder {folder} cannot be read: {e.Message}", e);
        }
    }

    private static (SeedFile File, SourceDocument Document) LoadFile(string path, string relative, string realRoot, long maxFileBytes)
    {
        // The size a file reports is not trusted (a device reports 0 and never ends): reading stops one byte past the
        // limit, and a file whose size or time changes while it is read is left for its next change.
        var before = Target(path);
        var (length, written) = (before.Length, before.LastWriteTimeUtc);
        var bytes = length > maxFileBytes ? [] : OpenedFile.Read(path, realRoot, maxFileBytes + 1);
        // The one size check, on the size reported and on the bytes actually read.
        if (Math.Max(length, bytes.Length) > maxFileBytes)
        {
            var size = length > maxFileBytes ? $"{length:N0} bytes" : $"more than {maxFileBytes:N0} bytes (it reported {length:N0})";
            throw new LoadException($"file is {size}, over the limit of {maxFileBytes:N0} bytes");
        }

        var after = Target(path);
        if (after.Length != length || after.LastWriteTimeUtc != written || bytes.Length != length)
        {
            throw new LoadException("file changed while it was read (still being written?); it is read again at its next change");
        }

        var document = DocumentLoader.Load(relative, bytes);
        var file = new SeedFile(relative, length, written, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), document.Id);
        return (file, document);
    }

    // A link's own size is its target's name; the jail has checked that the target is a file inside the folder.
    private static FileInfo Target(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
    }

    // Whether an id is one this file could have: its slug, or its slug with a suffix ("a-2" for "a.md").
    private static bool IsIdOf(string id, string relative)
    {
        var slug = DocumentLoader.IdOf(relative);
        return id == slug || (id.Length > slug.Length + 1 && id.StartsWith(slug + "-", StringComparison.Ordinal) && id.AsSpan(slug.Length + 1).IndexOfAnyExceptInRange('0', '9') < 0);
    }

    // Whether a file's name, less its extension, is already the id it slugs to.
    private static bool IsOwnId(string relative) =>
        string.Equals(Path.ChangeExtension(relative, null), DocumentLoader.IdOf(relative), StringComparison.Ordinal);

    // "a.txt" and "a.md" both slug to "a": the later one (in path order) gets "a-2", stable across loads.
    private static string UniqueId(string id, HashSet<string> used)
    {
        var n = 2;
        while (!used.Add($"{id}-{n}"))
        {
            n++;
        }

        return $"{id}-{n}";
    }
}
