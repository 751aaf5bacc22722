using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Status;

/// <summary>What the corpus holds right now: documents loaded, files skipped and why, when it was last reloaded.</summary>
public sealed class StatusModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    /// <summary>The folder's name only: a public page does not show the server's paths.</summary>
    public string SeedsFolder => Holder.SeedsFolderName;

    /// <summary>A reason or file name as the public may see it: the seeds folder by its name, not its path.</summary>
    public string Public(string text) => Holder.WithoutServerPath(text);

    public int Generation => Holder.Generation;

    /// <summary>Why the seeds folder cannot be read right now, if it cannot.</summary>
    public SeedsFolderProblem? Problem => Holder.Problem;

    public override string Title => "Corpus status";

    public override string CanonicalPath => "/status";

    public void OnGet() => TakeSnapshot();
}
