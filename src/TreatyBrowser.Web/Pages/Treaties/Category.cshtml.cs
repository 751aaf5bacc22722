using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages.Treaties;

/// <summary>The clauses of one category of a treaty, with modality and how much evidence each has.</summary>
public sealed class CategoryModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public Treaty Treaty { get; private set; } = null!;

    public Treaty? FeedTreaty => Treaty;

    public string Category { get; private set; } = "";

    public string Label => Corpus.LabelOf(Category);

    public IReadOnlyList<Clause> Clauses { get; private set; } = [];

    public string Title => $"{Label} clauses — {Treaty.Name}";

    public string CanonicalPath => Paths.Category(Treaty.Id, Category);

    public IActionResult OnGet(string treaty, string category)
    {
        Corpus = holder.Current;
        if (Corpus.FindTreaty(treaty) is not { } found || !Corpus.Categories.Any(c => c.Name == category))
        {
            return NotFound();
        }

        (Treaty, Category) = (found, category);
        Clauses = [.. found.ClausesIn(category)];
        return Page();
    }
}
