using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Features.Common;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Features.Treaties;

/// <summary>
/// One clause: statement, modality, parties, attribution, and its evidence quoted and linked, 50 pieces a page so that
/// a clause reported a thousand times is still a page a reader can load (page 1 is the clause's own address).
/// </summary>
public sealed class ClauseModel(CorpusHolder holder) : TreatyPageModel(holder)
{
    public Clause Clause { get; private set; } = null!;

    /// <summary>The page of evidence shown.</summary>
    public PageWindow Window { get; private set; } = null!;

    /// <summary>The evidence on this page.</summary>
    public IReadOnlyList<Evidence> Evidence { get; private set; } = [];

    public Clause? Previous { get; private set; }

    public Clause? Next { get; private set; }

    /// <summary>Clauses reported in the same sentences as this page's evidence.</summary>
    public IReadOnlyList<Clause> Related { get; private set; } = [];

    /// <summary>The same provision in other treaties of the archive (the same clause id and category), by treaty name.</summary>
    public IReadOnlyList<(Treaty Treaty, Clause Clause)> Elsewhere { get; private set; } = [];

    public override string Title => Clause.Statement;

    public override string CanonicalPath => Paths.ClausePage(Treaty.Id, Clause.Category, Clause.Id, Window.Number);

    public IActionResult OnGet(string treaty, string category, string clause, [FromQuery(Name = "page")] string? pageNumber)
    {
        if (!Find(treaty))
        {
            return NotFound();
        }

        if (Treaty.FindClause(category, clause) is not { } c)
        {
            // A link made before the clause's id changed (an earlier wording, a stem like "marle") still lands.
            return Treaty.FindFormerClause(category, clause) is { } moved
                ? RedirectPermanent(Paths.Clause(Treaty.Id, moved.Category, moved.Id))
                : NotFound();
        }

        if (Api.ApiMapper.EvidencePage(c, pageNumber) is not { } window)
        {
            return NotFound();
        }

        var t = Treaty;
        Clause = c;
        Window = window;
        Evidence = [.. window.Slice(c.Evidence)];
        var index = t.Clauses.IndexOf(c);
        Previous = index > 0 ? t.Clauses[index - 1] : null;
        Next = index + 1 < t.Clauses.Length ? t.Clauses[index + 1] : null;
        Related = [.. Evidence
            .SelectMany(e => Corpus.ClausesOf(e.DocumentId, e.SentenceId))
            .Where(other => other != c)
            .Distinct()];
        Elsewhere = [.. Corpus.Treaties
            .Where(other => other.Id != t.Id)
            .Select(other => (Treaty: other, Clause: other.FindClause(c.Category, c.Id)))
            .Where(x => x.Clause is not null)
            .Select(x => (x.Treaty, x.Clause!))
            .OrderBy(x => x.Treaty.Name, StringComparer.CurrentCultureIgnoreCase)];
        return Page();
    }

    /// <summary>The document and sentence of a piece of evidence.</summary>
    public (SourceDocument Document, Sentence Sentence) Source(Evidence e)
    {
        var document = Corpus.FindDocument(e.DocumentId)!;
        return (document, document.FindSentence(e.SentenceId)!);
    }
}
