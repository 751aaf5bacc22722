using Microsoft.AspNetCore.Mvc;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Search;

/// <summary>Search results: clauses first, then sentences, with counts per category, paging and suggestions.</summary>
public sealed class IndexModel(CorpusHolder holder, Serilog.IDiagnosticContext diagnostics, Microsoft.Extensions.Options.IOptions<SearchOptions> options) : CorpusPageModel(holder)
{
    public string Query { get; private set; } = "";

    public SearchResults? Results { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Treaties whose name or an alias holds the query: an acronym or a short name finds its treaty.</summary>
    public IReadOnlyList<Core.Model.Treaty> NamedTreaties { get; private set; } = [];

    private const int MaxNamedTreaties = 10;

    public override string Title => Query.Length == 0 ? "Search" : $"Search: {Query}";

    public override string CanonicalPath => Results is null ? "/search" : Link(Results.Request.Category, Results.Request.Page);

    // "page" is also the route value naming the Razor page itself, so the page number must come from the query.
    /// <summary>The party filter as asked.</summary>
    public string? Party { get; private set; }

    /// <summary>The period filter as asked (a year or a day each).</summary>
    public (string? From, string? To) Period { get; private set; }

    public void OnGet(string? q, string? category, string? treaty, string? document, string? party, string? from, string? to, [FromQuery(Name = "page")] string? pageNumber)
    {
        TakeSnapshot();
        Query = q ?? "";
        (Party, Period) = (string.IsNullOrWhiteSpace(party) ? null : party, (string.IsNullOrWhiteSpace(from) ? null : from, string.IsNullOrWhiteSpace(to) ? null : to));
        var (request, error) = SearchInput.Read(Corpus, q, category, treaty, document, pageNumber, TimeSpan.FromMilliseconds(options.Value.TimeBudgetMs), party, from, to);
        if (request is null)
        {
            Error = error;
            Query = Query.Length > 200 ? Query[..200] : Query;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (request.Query.Trim().Length > 0)
        {
            Results = Corpus.Search.Search(request, HttpContext.RequestAborted);
            NamedTreaties = Corpus.TreatiesCalled(request.Query, MaxNamedTreaties);
            diagnostics.Set("SearchHits", Results.Total);
        }
    }

    /// <summary>This search with another category filter or page.</summary>
    public string Link(string? category, int page)
    {
        var r = Results!.Request;
        var parts = new List<string> { $"q={Uri.EscapeDataString(r.Query)}" };
        if (category is not null)
        {
            parts.Add($"category={Uri.EscapeDataString(category)}");
        }

        if (r.Treaty is not null)
        {
            parts.Add($"treaty={Uri.EscapeDataString(r.Treaty)}");
        }

        if (r.Document is not null)
        {
            parts.Add($"document={Uri.EscapeDataString(r.Document)}");
        }

        if (Party is not null)
        {
            parts.Add($"party={Uri.EscapeDataString(Party)}");
        }

        if (Period.From is not null)
        {
            parts.Add($"from={Uri.EscapeDataString(Period.From)}");
        }

        if (Period.To is not null)
        {
            parts.Add($"to={Uri.EscapeDataString(Period.To)}");
        }

        if (page > 1)
        {
            parts.Add($"page={page}");
        }

        return "/search?" + string.Join("&", parts);
    }
}
