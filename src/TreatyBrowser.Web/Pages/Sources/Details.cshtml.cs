using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages.Sources;

/// <summary>The article as published, every sentence addressable as <c>#s-{n}</c>.</summary>
public sealed class DetailsModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public SourceDocument Document { get; private set; } = null!;

    public string Title => Document.DisplayTitle;

    public string CanonicalPath => Paths.Source(Document.Id);

    public IActionResult OnGet(string document)
    {
        if (holder.Current.FindDocument(document) is not { } found)
        {
            return NotFound();
        }

        Document = found;
        return Page();
    }

    /// <summary>The sentences of one paragraph, in order.</summary>
    public IEnumerable<Sentence> SentencesOf(Paragraph paragraph) => Document.Sentences.Where(s => s.Paragraph == paragraph.Index);
}
