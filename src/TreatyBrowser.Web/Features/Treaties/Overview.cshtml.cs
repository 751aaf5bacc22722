using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Treaties;

/// <summary>A treaty at a glance: parties, term, status, clauses by category, obligation profile, what it lacks, sources.</summary>
public sealed class OverviewModel(CorpusHolder holder) : TreatyPageModel(holder)
{
    public override string Title => Treaty.Name;

    public const int SourcesPerPage = 50;

    public override string CanonicalPath => PageWindow.Link(Paths.Treaty(Treaty.Id), Window.Number);

    /// <summary>Which page of the treaty's sources this is: a treaty reported for years can have thousands.</summary>
    public PageWindow Window { get; private set; } = null!;

    public IEnumerable<string> Sources => Window.Slice(Treaty.DocumentIds);

    /// <summary>What the reports say the treaty does not contain.</summary>
    public IEnumerable<Clause> Absent => Treaty.Clauses.Where(c => c.Modality == Modality.Absent || c.Disputed);

    public IActionResult OnGet(string treaty, [FromQuery(Name = "page")] string? pageNumber)
    {
        if (!Find(treaty) || PageWindow.Read(pageNumber, Treaty.DocumentIds.Length, SourcesPerPage) is not { } window)
        {
            return NotFound();
        }

        Window = window;
        return Page();
    }
}
