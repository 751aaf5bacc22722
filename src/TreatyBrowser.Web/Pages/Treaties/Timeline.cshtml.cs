using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages.Treaties;

/// <summary>A treaty's dated events, each with the rule that dated it, and the per-party status table.</summary>
public sealed class TimelineModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public Treaty Treaty { get; private set; } = null!;

    public string Title => $"Timeline — {Treaty.Name}";

    public string CanonicalPath => Paths.Timeline(Treaty.Id);

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
