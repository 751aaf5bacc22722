using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages.Treaties;

/// <summary>A treaty at a glance: parties, term, status, clauses by category, obligation profile, what it lacks, sources.</summary>
public sealed class OverviewModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public Treaty Treaty { get; private set; } = null!;

    public string Title => Treaty.Name;

    public string CanonicalPath => Paths.Treaty(Treaty.Id);

    /// <summary>What the reports say the treaty does not contain.</summary>
    public IEnumerable<Clause> Absent => Treaty.Clauses.Where(c => c.Modality == Modality.Absent || c.Disputed);

    public IActionResult OnGet(string treaty)
    {
        Corpus = holder.Current;
        if (Corpus.FindTreaty(treaty) is not { } found)
        {
            return NotFound();
        }

        Treaty = found;
        return Page();
    }
}
