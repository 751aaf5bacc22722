using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Loading;

/// <summary>A file of the seeds folder that was not loaded, and why.</summary>
/// <param name="FileName">Path relative to the seeds folder.</param>
/// <param name="Reason">Plain words, shown on the status page.</param>
public sealed record SkippedFile(string FileName, string Reason);

/// <summary>What reading a seeds folder gave: the documents and the files that were skipped.</summary>
public sealed record SeedFolderContents(ImmutableArray<SourceDocument> Documents, ImmutableArray<SkippedFile> Skipped);

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
        var documents = new List<SourceDocument>();
        var (files, skipped) = List(folder);

        // Files are read in parallel, in order; ids are then made unique in that same order, so they are stable.
        var loaded = files.AsParallel().AsOrdered().Select(relative =>
        {
            try
            {
                return (relative, Document: LoadFile(Path.Combine(folder, relative), relative, maxFileBytes), Error: (string?)null);
            }
            catch (Exception e) when (e is LoadException or IOException or UnauthorizedAccessException)
            {
                return (relative, Document: (SourceDocument?)null, Error: e.Message);
            }
        }).ToList();

        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, document, error) in loaded)
        {
            if (document is null)
            {
                skipped.Add(new SkippedFile(relative, error!));
                continue;
            }

            documents.Add(usedIds.Add(document.Id) ? document : document with { Id = UniqueId(document.Id, usedIds) });
        }

        return new SeedFolderContents([.. documents], [.. skipped.OrderBy(s => s.FileName, StringComparer.Ordinal)]);
    }

    // The file list is taken whole before any file is read, so a folder that vanishes or cannot be listed is one clear
    // error, not a failure halfway through.
    private static (List<string> Files, List<SkippedFile> Skipped) List(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new SeedFolderUnavailableException(File.Exists(folder) ? $"the seeds folder {folder} is a file, not a folder" : $"the seeds folder {folder} does not exist");
        }

        try
        {
            return SeedFolderJail.List(folder, Extensions);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SeedFolderUnavailableException($"the seeds folder {folder} cannot be read: {e.Message}", e);
        }
    }

    private static SourceDocument LoadFile(string path, string relative, long maxFileBytes)
    {
        // The size a file reports is not trusted (a device reports 0 and never ends): reading stops one byte past the
        // limit, and a file whose size or time changes while it is read is left for its next change.
        var before = Target(path);
        var (length, written) = (before.Length, before.LastWriteTimeUtc);
        var bytes = length > maxFileBytes ? [] : ReadAtMost(path, maxFileBytes + 1);
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

        return DocumentLoader.Load(relative, bytes);
    }

    // A link's own size is its target's name; the jail has checked that the target is a file inside the folder.
    private static FileInfo Target(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
    }

    // Stops after maxBytes, whatever the file claims: a device reports 0 bytes and never ends.
    private static byte[] ReadAtMost(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);
        using var copy = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while (copy.Length < maxBytes && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes - copy.Length))) > 0)
        {
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

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
