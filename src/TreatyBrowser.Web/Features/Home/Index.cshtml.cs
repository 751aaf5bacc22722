using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Home;

/// <summary>The home page: the archive's treaties as a table a reader can sort, filter and page through.</summary>
public sealed class IndexModel(CorpusHolder holder) : CorpusPageModel(holder)
{
    public const int TreatiesPerPage = 50;

    public override string Title => "Treaties";

    public override string CanonicalPath => Table is null ? "/" : PageWindow.Link(Table.Link(), Window.Number);

    /// <summary>The sort and filters asked for.</summary>
    public TreatyTable? Table { get; private set; }

    /// <summary>What in the query is wrong, when something is.</summary>
    public string? Error { get; private set; }

    /// <summary>The treaties that pass the filters, in the table's order.</summary>
    public IReadOnlyList<TreatyRow> Matching { get; private set; } = [];

    /// <summary>Which page of them this is.</summary>
    public PageWindow Window { get; private set; } = new(1, 1, TreatiesPerPage);

    /// <summary>Every party of every treaty, for the filter.</summary>
    public IEnumerable<string> Parties => Corpus.Treaties.SelectMany(t => t.Parties).Distinct().Order(StringComparer.CurrentCultureIgnoreCase);

    /// <summary>Every year a report was published, newest first, for the filter.</summary>
    public IEnumerable<int> Years => Corpus.Documents.Select(d => d.Metadata.Published?.Year).OfType<int>().Distinct().OrderDescending();

    // "page" is also the route value naming the Razor page itself, so the page number must come from the query.
    public IActionResult OnGet(string? sort, string? party, string? category, string? year, [FromQuery(Name = "page")] string? pageNumber)
    {
        TakeSnapshot();
        (Table, Error) = TreatyTable.Read(Corpus, sort, party, category, year);
        if (Table is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Matching = Table.Apply(TreatyTable.Rows(Corpus));
        if (PageWindow.Read(pageNumber, Matching.Count, TreatiesPerPage) is not { } window)
        {
            return NotFound();
        }

        Window = window;
        return Page();
    }
}
