using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Web.Features.Api;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Features.Analyze;

/// <summary><c>POST /api/analyze</c>: the analyse page for programs, read by the same <see cref="AnalyzeInput"/>.</summary>
public static class AnalyzeEndpoint
{
    public static IEndpointRouteBuilder MapAnalyzeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analyze", async (HttpRequest request, string? published, ExtractionPipeline pipeline) =>
            {
                // A body that says it is over the limit is refused unread; one that does not say is read to one byte
                // past the limit, so a huge body is never held in memory.
                if (AnalyzeInput.Size(request.ContentLength ?? 0) is { } stated)
                {
                    return Refused(stated);
                }

                var buffer = new byte[AnalyzeInput.MaxBytes + 1];
                int read;
                try
                {
                    read = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, request.HttpContext.RequestAborted);
                }
                catch (Exception e) when (e is BadHttpRequestException or IOException or OperationCanceledException && request.HttpContext.RequestAborted.IsCancellationRequested)
                {
                    // The client left while sending its article: nobody reads the answer, and it is no server error
                    // (it was a 500 in the log); the request log shows 499, as for an analysis it abandons.
                    return Results.StatusCode(StatusCodes.Status499ClientClosedRequest);
                }
                catch (Exception e) when (e is BadHttpRequestException or IOException)
                {
                    // The server could not read the body: a chunk size of sixteen f's overflows its parser.
                    return Results.Problem("The request body could not be read: its chunked encoding is malformed.", statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
                }

                if (AnalyzeInput.Size(read > AnalyzeInput.MaxBytes ? request.ContentLength ?? read : read) is { } tooLarge)
                {
                    return Refused(tooLarge);
                }

                var (text, notText) = AnalyzeInput.Utf8(buffer.AsSpan(0, read), "Send the article as UTF-8.");
                var (date, badDate) = AnalyzeInput.Published(published);
                if ((notText ?? badDate) is { } refusal)
                {
                    return Refused(refusal);
                }

                var markdown = request.ContentType?.StartsWith("text/markdown", StringComparison.OrdinalIgnoreCase) == true;
                var (corpus, notAnalysed) = PastedArticle.Analyse(text!, markdown, date, pipeline, request.HttpContext.RequestAborted);
                return corpus is null
                    ? Refused(notAnalysed!)
                    : Results.Ok(new AnalysisView(ApiMapper.Document(corpus.Documents[0], corpus), ApiMapper.WholeDetail(corpus.Treaties[0], corpus)));
            })
            .WithTags("Analyse").WithName("Analyze").WithMetadata(RoutePolicies.Analyze)
            .WithSummary("Analyses one article sent as the body (text/plain, or text/markdown for Markdown), up to 256 KB; ?published=YYYY-MM-DD " +
                "resolves relative dates. Nothing is stored. Over 256 KB: 413.")
            .Accepts<string>("text/plain", "text/markdown")
            .Produces<AnalysisView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static IResult Refused(AnalyzeRefusal refusal) => Results.Problem(refusal.Message, statusCode: refusal.Status, title: refusal.Title);
}
