using Microsoft.Extensions.Options;
using TreatyBrowser.Web.Features.Api;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Features.Search;

/// <summary><c>/api/search</c>: the search page's results as JSON, read by the same <see cref="SearchInput"/>.</summary>
public static class SearchEndpoint
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (string? q, string? category, string? treaty, string? document, string? page, string? party, string? from,
            string? to, CorpusHolder holder, IOptions<SearchOptions> options, HttpContext context) =>
            {
                var corpus = holder.Current;
                var (request, error) = SearchInput.Read(corpus, q, category, treaty, document, page, TimeSpan.FromMilliseconds(options.Value.TimeBudgetMs), party, from, to);
                if (request is null)
                {
                    return Results.Problem(error, statusCode: 400, title: "Search request not accepted");
                }

                return Results.Ok(ApiMapper.Search(corpus.Search.Search(request, context.RequestAborted)));
            })
            .WithTags("Search").WithName("Search").WithMetadata(RoutePolicies.Search)
            .WithSummary("Full-text search (Lucene): words (all must match), \"phrases\", prefix*, AND/OR/NOT, filters by category, treaty, document, " +
                "party and period (from, to: a year or a day); clauses first, then sentences, 20 a page. Queries over 500 characters get a 400.")
            .Produces<SearchView>().ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }
}
