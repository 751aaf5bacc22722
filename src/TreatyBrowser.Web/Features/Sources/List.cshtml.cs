using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Sources;

/// <summary>Every source of the archive, newest first (undated ones last), fifty a page.</summary>
public sealed class ListModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    public const int SourcesPerPage = 50;

    public override string Title => "Sources";

    public override string CanonicalPath => PageWindow.Link("/sources", Window.Number);

    /// <summary>Which page of the sources this is.</summary>
    public PageWindow Window { get; private set; } = null!;

    public IEnumerable<SourceDocument> Sources => Window.Slice(Corpus.Documents
        .OrderByDescending(d => d.Metadata.Published ?? DateOnly.MinValue)
        .ThenBy(d => d.DisplayTitle, StringComparer.CurrentCultureIgnoreCase));

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
