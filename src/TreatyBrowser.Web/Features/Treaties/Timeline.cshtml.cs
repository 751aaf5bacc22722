using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Treaties;

/// <summary>A treaty's dated events, each with the rule that dated it, and the per-party status table.</summary>
public sealed class TimelineModel(CorpusHolder holder) : TreatyPageModel(holder)
{
    public override string Title => $"Timeline — {Treaty.Name}";

    public const int EventsPerPage = 100;

    public override string CanonicalPath => PageWindow.Link(Paths.Timeline(Treaty.Id), Window.Number);

    /// <summary>Which page of the events this is: a treaty followed for years can have thousands.</summary>
    public PageWindow Window { get; private set; } = null!;

    public IEnumerable<TimelineEvent> Events => Window.Slice(Treaty.Timeline.Events);

    public IActionResult OnGet(string treaty, [FromQuery(Name = "page")] string? pageNumber)
    {
        if (!Find(treaty) || PageWindow.Read(pageNumber, Treaty.Timeline.Events.Length, EventsPerPage) is not { } window)
        {
            return NotFound();
        }

        Window = window;
        return Page();
    }
}
