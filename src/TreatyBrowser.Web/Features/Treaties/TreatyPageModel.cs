using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Features.Common;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Features.Treaties;

/// <summary>What every page about one treaty has: the treaty, and its feed offered in the page's head.</summary>
public abstract class TreatyPageModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    public Treaty Treaty { get; private set; } = null!;

    public override Treaty? FeedTreaty => Treaty;

    /// <summary>Takes the current snapshot and finds the treaty in it; false when there is none by that id.</summary>
    protected bool Find(string treaty)
    {
        if (TakeSnapshot().FindTreaty(treaty) is not { } found)
        {
            return false;
        }

        Treaty = found;
        return true;
    }
}
