using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Loading;

/// <summary>A file of the seeds folder that was not loaded, and why.</summary>
/// <param name="FileName">Path relative to the seeds folder.</param>
/// <param name="Reason">Plain words, shown on the status page.</param>
public sealed record SkippedFile(string FileName, string Reason);

/// <summary>What reading a seeds folder gave: the documents and the files that were skipped.</summary>
public sealed record SeedFolderContents(ImmutableArray<SourceDocument> Documents, ImmutableArray<SkippedFile> Skipped);

/// <summary>Reads every <c>.txt</c> and <c>.md</c> file under a folder; one bad file never stops the others.</summary>
public static class SeedFolder
{
    /// <summary>The file extensions that are loaded.</summary>
    public static readonly ImmutableArray<string> Extensions = [".txt", ".md"];

    /// <summary>Loads every article under <paramref name="folder"/>, in a stable (ordinal path) order.</summary>
    public static SeedFolderContents Read(string folder, long maxFileBytes = DocumentLoader.DefaultMaxFileBytes)
    {
        if (!Directory.Exists(folder))
        {
            return new SeedFolderContents([], [new SkippedFile(folder, "seeds folder does not exist")]);
        }

        var documents = new List<SourceDocument>();
        var skipped = new List<SkippedFile>();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

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

        return new SeedFolderContents([.. documents], [.. skipped]);
    }

    private static SourceDocument LoadFile(string path, string relative, long maxFileBytes)
    {
        // Check the size before reading, so a huge file is refused without being read into memory.
        var length = new FileInfo(path).Length;
        if (length > maxFileBytes)
        {
            throw new LoadException($"file is {length:N0} bytes, over the limit of {maxFileBytes:N0} bytes");
        }

        return DocumentLoader.Load(relative, File.ReadAllBytes(path), maxFileBytes);
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
