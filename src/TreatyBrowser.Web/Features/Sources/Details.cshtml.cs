using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Sources;

/// <summary>The article as published, every sentence addressable as <c>#s-{n}</c> and linked to its clauses.</summary>
public sealed class DetailsModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    public SourceDocument Document { get; private set; } = null!;

    public Treaty? Treaty { get; private set; }

    public override string Title => Document.DisplayTitle;

    public override string CanonicalPath => Paths.SourcePage(Document.Id, Window.Number);

    /// <summary>Which page of the article this is; most articles have one.</summary>
    public PageWindow Window { get; private set; } = null!;

    /// <summary>The sentences on this page, by paragraph, in order; a paragraph cut by a page break shows its part.</summary>
    public IReadOnlyList<(Paragraph Paragraph, List<Sentence> Sentences)> Paragraphs { get; private set; } = [];

    public IActionResult OnGet(string document, [FromQuery(Name = "page")] string? pageNumber)
    {
        TakeSnapshot();
        if (Corpus.FindDocument(document) is not { } found
            || PageWindow.Read(pageNumber, SourcePages.Count(found), 1) is not { } window)
        {
            return NotFound();
        }

        Document = found;
        Window = window;
        Treaty = Corpus.TreatyOf(found.Id);
        Paragraphs = [.. SourcePages.SentencesOn(found, window.Number)
            .GroupBy(s => s.Paragraph)
            .Select(g => (found.Paragraphs[g.Key], g.ToList()))];
        return Page();
    }

    /// <summary>The clauses a sentence supports.</summary>
    public IReadOnlyList<Clause> ClausesOf(Sentence sentence) => Corpus.ClausesOf(Document.Id, sentence.Id);
}
