using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;
using TreatyBrowser.Web.Features.Api;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Features.Exports;

/// <summary>
/// Per-treaty exports: the whole model as JSON, clauses with evidence as CSV, a Markdown brief. Each reads the corpus
/// snapshot once, so an export never mixes two versions of the corpus. The JSON and the CSV are written as they are
/// made (streamed), so their memory does not grow with the treaty; like the API, exports are rate-limited.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/treaties/{treaty:id}").WithTags("Exports").WithMetadata(RoutePolicies.Export);

        exports.MapGet("/export.json", (string treaty, CorpusHolder holder, HttpContext http) =>
                holder.Current is var corpus && corpus.FindTreaty(treaty) is { } t
                    ? Download(http, $"{t.Id}.json", Results.Ok(ApiMapper.WholeDetail(t, corpus)))
                    : ApiEndpoints.UnknownTreaty(treaty))
            .WithName("ExportJson").WithSummary("The treaty's whole model as JSON.")
            .Produces<TreatyDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        exports.MapGet("/export.csv", (string treaty, CorpusHolder holder, HttpContext http) =>
                holder.Current is var corpus && corpus.FindTreaty(treaty) is { } t
                    ? Download(http, $"{t.Id}.csv", Results.Stream(body => CsvExport.WriteAsync(t, corpus, Views.BaseUrl(http.Request), body, http.RequestAborted), "text/csv; charset=utf-8"))
                    : ApiEndpoints.UnknownTreaty(treaty))
            .WithName("ExportCsv").WithSummary("Clauses with their evidence as CSV, one row per clause and piece of evidence.")
            .Produces<string>(contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound);

        exports.MapGet("/export.md", (string treaty, CorpusHolder holder, HttpContext http) =>
                holder.Current is var corpus && corpus.FindTreaty(treaty) is { } t
                    ? Download(http, $"{t.Id}.md", Results.Text(MarkdownBrief.Write(t, corpus, Views.BaseUrl(http.Request), TimeProvider.System.GetUtcNow()), "text/markdown; charset=utf-8"))
                    : ApiEndpoints.UnknownTreaty(treaty))
            .WithName("ExportMarkdown").WithSummary("A Markdown brief: overview, what it contains and does not, timeline, sources.")
            .Produces<string>(contentType: "text/markdown").ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static IResult Download(HttpContext http, string fileName, IResult result)
    {
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        return result;
    }
}
