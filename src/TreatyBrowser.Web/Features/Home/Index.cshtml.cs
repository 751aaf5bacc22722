using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Home;

/// <summary>The home page: what the corpus holds.</summary>
public sealed class IndexModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    public override string Title => "Treaties";

    public const int SourcesPerPage = 50;

    public override string CanonicalPath => PageWindow.Link("/", Window.Number);

    /// <summary>Which page of the corpus's sources this is.</summary>
    public PageWindow Window { get; private set; } = null!;

    public IEnumerable<SourceDocument> Sources => Window.Slice(Corpus.Documents);

    public IActionResult OnGet([FromQuery(Name = "page")] string? pageNumber)
    {
        TakeSnapshot();
        if (PageWindow.Read(pageNumber, Corpus.Documents.Length, SourcesPerPage) is not { } window)
        {
            return NotFound();
        }

        Window = window;
        return Page();
    }
}
