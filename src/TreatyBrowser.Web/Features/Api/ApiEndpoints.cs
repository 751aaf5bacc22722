using TreatyBrowser.Core;
using TreatyBrowser.Web.Features.Common;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Features.Api;

/// <summary>The read-only JSON API over the current corpus, described in the OpenAPI document.</summary>
public static class ApiEndpoints
{
    // How many documents one page of /api/documents holds.
    private const int DocumentsPerPage = 20;

    public static IEndpointRouteBuilder MapTreatyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Treaties");

        api.MapGet("/treaties", (CorpusHolder holder) =>
            {
                var corpus = holder.Current;
                return corpus.Treaties.Select(t => ApiMapper.Summary(t, corpus)).ToList();
            })
            .WithName("ListTreaties").WithSummary("The treaties in the corpus, with their parties, term, sources and clause counts.");

        api.MapGet("/treaties/{treaty:id}", (string treaty, CorpusHolder holder) =>
                holder.Current is var corpus && Find(corpus, treaty) is { } t ? Results.Ok(ApiMapper.Detail(t, corpus)) : UnknownTreaty(treaty))
            .WithName("GetTreaty").WithSummary("A treaty's whole model: clauses with evidence, obligation profile, entities and timeline.")
            .Produces<TreatyDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/documents", (string? page, HttpResponse response, CorpusHolder holder) =>
            {
                // An archive's documents 20 at a time, each with its first page of sentences; a Link header names the next.
                var corpus = holder.Current;
                if (PageWindow.Read(page, corpus.Documents.Length, DocumentsPerPage) is not { } window)
                {
                    return NoSuchPage(page, PageWindow.Read(null, corpus.Documents.Length, DocumentsPerPage)!, "the documents");
                }

                if (window.Number < window.Count)
                {
                    response.Headers.Link = $"<{PageWindow.Link("/api/documents", window.Number + 1)}>; rel=\"next\"";
                }

                return Results.Ok(window.Slice(corpus.Documents).Select(d => ApiMapper.Document(d, corpus)).ToList());
            })
            .WithName("ListDocuments").WithSummary("The documents, 20 a page (?page=2; a Link header names the next), each with its first 500 sentences: id, index, role, text, offsets, categories with reasons, clauses.")
            .Produces<List<DocumentView>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/documents/{document:id}", (string document, string? page, CorpusHolder holder) =>
            {
                if (holder.Current is not { } corpus || corpus.FindDocument(document) is not { } d)
                {
                    return Results.Problem($"There is no document '{document}'. GET /api/documents lists them.", statusCode: 404, title: "Unknown document");
                }

                return ApiMapper.SentencePage(d, page) is { } window
                    ? Results.Ok(ApiMapper.Document(d, corpus, window))
                    : NoSuchPage(page, ApiMapper.SentencePage(d, null)!, "this document's sentences");
            })
            .WithName("GetDocument").WithSummary("One document with its sentences, 500 a page (?page=2; nextSentences gives the next page's address).")
            .Produces<DocumentView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/clauses", (string? treaty, string? category, CorpusHolder holder) =>
            {
                var corpus = holder.Current;
                if (treaty is not null && Find(corpus, treaty) is null)
                {
                    return UnknownTreaty(treaty);
                }

                if (category is not null && !corpus.Categories.Any(c => c.Name == category))
                {
                    return Results.Problem($"There is no category '{category}'. Categories: {string.Join(", ", corpus.Categories.Select(c => c.Name))}.", statusCode: 400, title: "Unknown category");
                }

                var clauses = corpus.Treaties
                    .Where(t => treaty is null || t.Id == treaty)
                    .SelectMany(t => t.Clauses)
                    .Where(c => category is null || c.Category == category)
                    .Select(ApiMapper.Clause);
                return Results.Ok(clauses.ToList());
            })
            .WithName("ListClauses").WithSummary("Clauses with their evidence (document, sentence, span), optionally of one treaty and category.")
            .Produces<List<ClauseView>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/clauses/{treaty:id}/{category:id}/{clause:id}", (string treaty, string category, string clause, CorpusHolder holder) =>
                Find(holder.Current, treaty) is not { } t ? Results.Problem($"There is no treaty '{treaty}'. GET /api/treaties lists them.", statusCode: 404, title: "Unknown treaty")
                : t.FindClause(category, clause) is { } c ? Results.Ok(ApiMapper.Clause(c))
                : t.FindFormerClause(category, clause) is { } moved ? Results.Redirect(permanent: true, url: $"/api/clauses/{Uri.EscapeDataString(t.Id)}/{Uri.EscapeDataString(moved.Category)}/{Uri.EscapeDataString(moved.Id)}")
                : Results.Problem($"There is no clause '{category}/{clause}' in treaty '{treaty}'. GET /api/clauses?treaty={treaty} lists them.", statusCode: 404, title: "Unknown clause"))
            .WithName("GetClause").WithSummary("One clause and its evidence.")
            .Produces<ClauseView>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/profile", (string? treaty, CorpusHolder holder) =>
                ForTreaties(holder.Current, treaty, t => new { treaty = t.Id, profile = t.Profile.Select(ApiMapper.Obligation).ToList() }))
            .WithName("GetObligationProfile").WithSummary("Per treaty, the ATOP obligation types with present / stated-absent / disputed / not-reported: the app's reading, not an official coding.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/entities", (string? treaty, CorpusHolder holder) =>
                ForTreaties(holder.Current, treaty, t => new { treaty = t.Id, entities = t.Entities.Select(ApiMapper.Entity).ToList() }))
            .WithName("ListEntities").WithSummary("Per treaty, its parties (with their surface forms), people with roles, and organisations.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/timeline", (string? treaty, CorpusHolder holder) => ForTreaties(holder.Current, treaty, ApiMapper.Timeline))
            .WithName("GetTimeline").WithSummary("Per treaty, dated events in order (date, precision, expression as written, explanation) and the status table.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static Core.Model.Treaty? Find(Corpus corpus, string id) => corpus.FindTreaty(id);

    private static IResult ForTreaties<T>(Corpus corpus, string? treaty, Func<Core.Model.Treaty, T> map)
    {
        if (treaty is null)
        {
            return Results.Ok(corpus.Treaties.Select(map).ToList());
        }

        return Find(corpus, treaty) is { } t ? Results.Ok(new[] { map(t) }) : UnknownTreaty(treaty);
    }

    /// <summary>The 404 for a treaty id that is not in the corpus, shared by the API and the exports.</summary>
    private static IResult NoSuchPage(string? page, PageWindow all, string what) =>
        Results.Problem($"There is no page {page}: {what} fill {all.Count} page(s) of {all.Size}.", statusCode: 400, title: "No such page");

    internal static IResult UnknownTreaty(string treaty) =>
        Results.Problem($"There is no treaty '{treaty}'. GET /api/treaties lists them.", statusCode: 404, title: "Unknown treaty");
}
