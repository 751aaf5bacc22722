using System.ComponentModel.DataAnnotations;

namespace TreatyBrowser.Web.Hosting;

/// <summary>Where the articles come from. Section <c>Seeds</c>; environment <c>Seeds__Path</c>; command line <c>--Seeds:Path=...</c>.</summary>
public sealed class SeedsOptions
{
    public const string Section = "Seeds";

    /// <summary>The seeds folder. A relative path is taken from the app's content root (default: the repository's <c>seeds/</c>).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "../../seeds";

    /// <summary>Files larger than this are skipped with a logged reason. Default 4 MiB; a news article is a few KB.</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = Core.Loading.DocumentLoader.DefaultMaxFileBytes;

    /// <summary>Reload when a file in the folder is added, changed or removed. Default true.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long to gather a burst of file events before reloading once. Default 200 ms.</summary>
    [Range(0, 10_000)]
    public int ReloadDelayMs { get; set; } = 200;

    /// <summary>
    /// How often to check that the seeds folder is still there, and, while it is missing or unreadable, whether it is
    /// back. Default 1000 ms.
    /// </summary>
    [Range(50, 60_000)]
    public int CheckFolderMs { get; set; } = 1000;

    /// <summary>
    /// How long reading the folder may take before the reload is given up (default 30 s): the last good corpus stays
    /// served, and <c>/status</c> and <c>/healthz</c> (503) say so until a reload succeeds.
    /// </summary>
    [Range(100, 600_000)]
    public int ReloadBudgetMs { get; set; } = 30_000;
}
