using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages;

/// <summary>The home page: what the corpus holds.</summary>
public sealed class IndexModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public string Title => "Treaties";

    public string CanonicalPath => "/";

    public void OnGet() => Corpus = holder.Current;
}
