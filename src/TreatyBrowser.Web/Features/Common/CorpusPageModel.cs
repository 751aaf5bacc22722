using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Features.Common;

/// <summary>
/// A page that reads the corpus. It takes the current snapshot once, when its handler starts, and reads only that,
/// so a reload in the middle of rendering cannot mix two corpora on one page.
/// </summary>
public abstract class CorpusPageModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    /// <summary>Where the snapshots come from (the status page also reads the seeds folder's state there).</summary>
    protected CorpusHolder Holder { get; } = holder;

    public abstract string Title { get; }

    public abstract string CanonicalPath { get; }

    public virtual Treaty? FeedTreaty => null;

    /// <summary>Takes the snapshot this request reads.</summary>
    protected Corpus TakeSnapshot() => Corpus = Holder.Current;
}
