using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Features.Treaties;

/// <summary>The clauses of one category of a treaty, with modality and how much evidence each has.</summary>
public sealed class CategoryModel(CorpusHolder holder) : TreatyPageModel(holder)
{
    public string Category { get; private set; } = "";

    public string Label => Corpus.LabelOf(Category);

    public IReadOnlyList<Clause> Clauses { get; private set; } = [];

    public override string Title => $"{Label} clauses — {Treaty.Name}";

    public override string CanonicalPath => Paths.Category(Treaty.Id, Category);

    public IActionResult OnGet(string treaty, string category)
    {
        if (!Find(treaty) || !Corpus.Categories.Any(c => c.Name == category))
        {
            return NotFound();
        }

        Category = category;
        Clauses = [.. Treaty.ClausesIn(category)];
        return Page();
    }
}
