using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages;

/// <summary>The friendly 404: says what was not found and where to go instead.</summary>
public sealed class NotFoundModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public string Title => "Not found";

    public string CanonicalPath => "/not-found";

    public void OnGet()
    {
        Corpus = holder.Current;
        Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
