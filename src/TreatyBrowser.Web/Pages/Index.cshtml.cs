using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Pages.Paging;

namespace TreatyBrowser.Web.Pages;

/// <summary>The home page: what the corpus holds.</summary>
public sealed class IndexModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public string Title => "Treaties";

    public const int SourcesPerPage = 50;

    public string CanonicalPath => PageWindow.Link("/", Window.Number);

    /// <summary>Which page of the corpus's sources this is.</summary>
    public PageWindow Window { get; private set; } = null!;

    public IEnumerable<SourceDocument> Sources => Window.Slice(Corpus.Documents);

    public IActionResult OnGet([FromQuery(Name = "page")] string? pageNumber)
    {
        Corpus = holder.Current;
        if (PageWindow.Read(pageNumber, Corpus.Documents.Length, SourcesPerPage) is not { } window)
        {
            return NotFound();
        }

        Window = window;
        return Page();
    }
}
