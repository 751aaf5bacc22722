namespace TreatyBrowser.Web.Features.Feeds;

/// <summary>Feed settings. Section <c>Feeds</c>.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>
    /// The file that keeps the feeds' history between restarts (the entries, and the facts of the last snapshot to
    /// compare the next one with); relative to the content root. Default: one file per seeds folder under the user's
    /// application-data folder (<c>~/.local/share/TreatyBrowser/feeds/</c>). Never inside the seeds folder.
    /// </summary>
    public string? HistoryPath { get; set; }
}
