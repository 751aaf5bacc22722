using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Pages.Paging;

namespace TreatyBrowser.Web.Pages.Treaties;

/// <summary>A treaty at a glance: parties, term, status, clauses by category, obligation profile, what it lacks, sources.</summary>
public sealed class OverviewModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public Treaty Treaty { get; private set; } = null!;

    public Treaty? FeedTreaty => Treaty;

    public string Title => Treaty.Name;

    public const int SourcesPerPage = 50;

    public string CanonicalPath => PageWindow.Link(Paths.Treaty(Treaty.Id), Window.Number);

    /// <summary>Which page of the treaty's sources this is: a treaty reported for years can have thousands.</summary>
    public PageWindow Window { get; private set; } = null!;

    public IEnumerable<string> Sources => Window.Slice(Treaty.DocumentIds);

    /// <summary>What the reports say the treaty does not contain.</summary>
    public IEnumerable<Clause> Absent => Treaty.Clauses.Where(c => c.Modality == Modality.Absent || c.Disputed);

    public IActionResult OnGet(string treaty, [FromQuery(Name = "page")] string? pageNumber)
    {
        Corpus = holder.Current;
        if (Corpus.FindTreaty(treaty) is not { } found
            || PageWindow.Read(pageNumber, found.DocumentIds.Length, SourcesPerPage) is not { } window)
        {
            return NotFound();
        }

        Treaty = found;
        Window = window;
        return Page();
    }
}
