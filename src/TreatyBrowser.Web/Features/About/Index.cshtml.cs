using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.About;

/// <summary>What the app reads, how, what it does not do, how to cite it, and what its terms mean.</summary>
public sealed class IndexModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    public override string Title => "About";

    public override string CanonicalPath => "/about";

    public void OnGet() => TakeSnapshot();
}
