using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages;

/// <summary>What the corpus holds right now: documents loaded, files skipped and why, when it was last reloaded.</summary>
public sealed class StatusModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    /// <summary>The folder's name only: a public page does not show the server's paths.</summary>
    public string SeedsFolder => holder.SeedsFolderName;

    /// <summary>A reason or file name as the public may see it: the seeds folder by its name, not its path.</summary>
    public string Public(string text) => holder.WithoutServerPath(text);

    public int Generation => holder.Generation;

    /// <summary>Why the seeds folder cannot be read right now, if it cannot.</summary>
    public SeedsFolderProblem? Problem => holder.Problem;

    public string Title => "Corpus status";

    public string CanonicalPath => "/status";

    public void OnGet() => Corpus = holder.Current;
}
