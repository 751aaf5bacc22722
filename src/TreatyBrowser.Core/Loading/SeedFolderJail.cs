using System.Collections.Immutable;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// Lists the articles of a seeds folder as a jail: only regular files whose real path is inside the folder are read.
/// A link that leads outside, nowhere or in a loop, a link to a folder, a device, a pipe or a socket is skipped with
/// its reason (shown on the status page), never opened: opening a pipe blocks, and a device never ends.
/// </summary>
internal static class SeedFolderJail
{
    private const int MaxDepth = 32;

    /// <summary>
    /// The articles under <paramref name="folder"/>, in ordinal path order, and what was skipped. When
    /// <paramref name="stamps"/> is given it also receives each plain (not linked) file's size and last write time as
    /// the listing found them, so a reload can tell an unchanged file without asking the file system again.
    /// </summary>
    public static (List<string> Files, List<SkippedFile> Skipped) List(string folder, ImmutableArray<string> extensions, Dictionary<string, (long Length, DateTime WrittenUtc)>? stamps)
    {
        var root = Path.GetFullPath(folder);
        var realRoot = new DirectoryInfo(root).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? root;
        var files = new List<string>();
        var skipped = new List<SkippedFile>();
        Walk(new DirectoryInfo(root), 0);
        files.Sort(StringComparer.Ordinal);
        return (files, skipped);

        void Walk(DirectoryInfo directory, int depth)
        {
            var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
            foreach (var entry in directory.EnumerateFileSystemInfos("*", options))
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                var isArticle = extensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant());
                if (entry.LinkTarget is not null)
                {
                    if (LinkProblem(entry, realRoot) is { } problem && (isArticle || problem.IsFolder))
                    {
                        skipped.Add(new SkippedFile(relative, problem.Reason));
                        continue;
                    }
                }
                else if (entry is DirectoryInfo sub)
                {
                    if (depth < MaxDepth)
                    {
                        Walk(sub, depth + 1);
                    }
                    else
                    {
                        skipped.Add(new SkippedFile(relative, $"a folder nested more than {MaxDepth} levels deep: not read"));
                    }

                    continue;
                }

                if (!isArticle)
                {
                    continue;
                }

                // A name of bytes that are not UTF-8 is listed with U+FFFD in their place: a name no file has, so
                // opening it would only say "could not find file". Said as it is, with what to do.
                if (entry.Name.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(entry.FullName))
                {
                    skipped.Add(new SkippedFile(relative, "its name is not valid UTF-8, so it cannot be opened by name: rename it (for example with convmv) to read it"));
                    continue;
                }

                if (FileKind.Of(entry.FullName) is { } special)
                {
                    skipped.Add(new SkippedFile(relative, $"not a regular file ({special}): not read"));
                    continue;
                }

                files.Add(relative);
                if (stamps is not null && entry is FileInfo plain && plain.LinkTarget is null)
                {
                    stamps[relative] = (plain.Length, plain.LastWriteTimeUtc);
                }
            }
        }
    }

    // Why a link is not followed, or null for a link to a file inside the folder.
    private static (string Reason, bool IsFolder)? LinkProblem(FileSystemInfo link, string realRoot)
    {
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return ("a link in a loop: not followed", true);
        }

        if (target is null || !target.Exists)
        {
            return ("a link to nothing: not followed", false);
        }

        if (target is DirectoryInfo)
        {
            return ("a link to a folder: not followed, so no folder is read twice or in a loop", true);
        }

        var inside = target.FullName.StartsWith(realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? null : ("a link that leads outside the seeds folder: not followed", false);
    }
}
