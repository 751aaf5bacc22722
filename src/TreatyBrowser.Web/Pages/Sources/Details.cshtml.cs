using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Pages.Sources;

/// <summary>The article as published, every sentence addressable as <c>#s-{n}</c> and linked to its clauses.</summary>
public sealed class DetailsModel(CorpusHolder holder) : PageModel, IPageMetadata
{
    public Corpus Corpus { get; private set; } = null!;

    public SourceDocument Document { get; private set; } = null!;

    public Treaty? Treaty { get; private set; }

    public string Title => Document.DisplayTitle;

    public string CanonicalPath => Paths.Source(Document.Id);

    public IActionResult OnGet(string document)
    {
        Corpus = holder.Current;
        if (Corpus.FindDocument(document) is not { } found)
        {
            return NotFound();
        }

        Document = found;
        Treaty = Corpus.TreatyOf(found.Id);
        return Page();
    }

    /// <summary>The sentences of one paragraph, in order.</summary>
    public IEnumerable<Sentence> SentencesOf(Paragraph paragraph) => Document.Sentences.Where(s => s.Paragraph == paragraph.Index);

    /// <summary>The clauses a sentence supports.</summary>
    public IReadOnlyList<Clause> ClausesOf(Sentence sentence) => Corpus.ClausesOf(Document.Id, sentence.Id);
}
