using System.Security.Cryptography;
using System.Text;

namespace TreatyBrowser.Web.Hosting;

/// <summary>Saved snapshots (model and search index) that make a restart quick. Section <c>Snapshots</c>. See docs/scaling.md.</summary>
public sealed class SnapshotOptions
{
    public const string Section = "Snapshots";

    /// <summary>Whether snapshots are saved and read at all (default true). Off, every start extracts every article.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The cache folder; relative to the content root. Each seeds folder gets its own subfolder in it. Default: the
    /// user's cache folder (<c>$XDG_CACHE_HOME</c> or <c>~/.cache</c>, else the system's temp folder), then
    /// <c>TreatyBrowser/snapshots</c>. Never inside the seeds folder. Several instances may share it: each snapshot is
    /// written whole under a temporary name and renamed into place.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>
    /// The least time between two saves (default 30 s). A snapshot only spares a restart its extraction: under a stream
    /// of changes the newest corpus is saved once a while, not after every reload.
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(0, 86_400)]
    public int MinSecondsBetweenSaves { get; set; } = 30;

    /// <summary>The cache folder for <paramref name="seedsFolder"/>'s snapshots.</summary>
    public string FolderFor(string seedsFolder, string contentRoot)
    {
        var root = Folder is { Length: > 0 } configured ? Path.GetFullPath(configured, contentRoot) : DefaultRoot();
        var seeds = Path.TrimEndingDirectorySeparator(Path.GetFullPath(seedsFolder));
        var folder = Path.Combine(root, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seeds)))[..16]);
        if ((folder + Path.DirectorySeparatorChar).StartsWith(seeds + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Section}:Folder ({root}) lies inside the seeds folder; the app never writes there. Choose a folder outside it.");
        }

        return folder;
    }

    private static string DefaultRoot()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            cache = string.IsNullOrEmpty(home) ? Path.GetTempPath() : Path.Combine(home, ".cache");
        }

        return Path.Combine(cache, "TreatyBrowser", "snapshots");
    }
}
