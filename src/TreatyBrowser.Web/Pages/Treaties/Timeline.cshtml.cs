using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Pages.Paging;

namespace TreatyBrowser.Web.Pages.Treaties;

/// <summary>A treaty's dated events, each with the rule that dated it, and the per-party status table.</summary>
public sealed class TimelineModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public Treaty Treaty { get; private set; } = null!;

    public Treaty? FeedTreaty => Treaty;

    public string Title => $"Timeline — {Treaty.Name}";

    public const int EventsPerPage = 100;

    public string CanonicalPath => PageWindow.Link(Paths.Timeline(Treaty.Id), Window.Number);

    /// <summary>Which page of the events this is: a treaty followed for years can have thousands.</summary>
    public PageWindow Window { get; private set; } = null!;

    public IEnumerable<TimelineEvent> Events => Window.Slice(Treaty.Timeline.Events);

    public IActionResult OnGet(string treaty, [FromQuery(Name = "page")] string? pageNumber)
    {
        Corpus = holder.Current;
        if (Corpus.FindTreaty(treaty) is not { } found
            || PageWindow.Read(pageNumber, found.Timeline.Events.Length, EventsPerPage) is not { } window)
        {
            return NotFound();
        }

        Treaty = found;
        Window = window;
        return Page();
    }
}
