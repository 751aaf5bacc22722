using Microsoft.Extensions.Options;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Api;

/// <summary>The read-only JSON API over the current corpus, described in the OpenAPI document.</summary>
public static class ApiEndpoints
{
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

        api.MapGet("/documents", (CorpusHolder holder) =>
            {
                var corpus = holder.Current;
                return corpus.Documents.Select(d => ApiMapper.Document(d, corpus)).ToList();
            })
            .WithName("ListDocuments").WithSummary("Every document with its sentences: id, index, role, text, offsets, categories with reasons, clauses.");

        api.MapGet("/documents/{document:id}", (string document, CorpusHolder holder) =>
                holder.Current is var corpus && corpus.FindDocument(document) is { } d
                    ? Results.Ok(ApiMapper.Document(d, corpus))
                    : Results.Problem($"There is no document '{document}'. GET /api/documents lists them.", statusCode: 404, title: "Unknown document"))
            .WithName("GetDocument").WithSummary("One document with its sentences.")
            .Produces<DocumentView>().ProducesProblem(StatusCodes.Status404NotFound);

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
                Find(holder.Current, treaty)?.FindClause(category, clause) is { } c
                    ? Results.Ok(ApiMapper.Clause(c))
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

        app.MapGet("/api/search", (string? q, string? category, string? treaty, string? document, string? page, CorpusHolder holder, IOptions<SearchOptions> options, HttpContext context) =>
            {
                var corpus = holder.Current;
                var (request, error) = SearchInput.Read(corpus, q, category, treaty, document, page, TimeSpan.FromMilliseconds(options.Value.TimeBudgetMs));
                if (request is null)
                {
                    return Results.Problem(error, statusCode: 400, title: "Search request not accepted");
                }

                return Results.Ok(ApiMapper.Search(corpus.Search.Search(request, context.RequestAborted)));
            })
            
            .WithTags("Search").WithName("Search")
            .WithSummary("Full-text search (Lucene): words (all must match), \"phrases\", prefix*, AND/OR/NOT, filters by category, treaty and document; clauses first, then sentences, 20 a page. Queries over 500 characters get a 400.")
            .Produces<SearchView>().ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapPost("/api/analyze", async (HttpRequest request, string? published, ExtractionPipeline pipeline) =>
            {
                // Read at most one byte past the limit, so a huge body is refused without being held in memory.
                var buffer = new byte[PastedArticle.MaxBytes + 1];
                var read = await request.Body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, request.HttpContext.RequestAborted);
                if (read > PastedArticle.MaxBytes)
                {
                    return Results.Problem(PastedArticle.TooLarge(request.ContentLength ?? read), statusCode: 413, title: "Article too large");
                }

                string text;
                try
                {
                    text = new System.Text.UTF8Encoding(false, true).GetString(buffer, 0, read);
                }
                catch (System.Text.DecoderFallbackException)
                {
                    return Results.Problem("The body is not UTF-8 text.", statusCode: 400, title: "Article not readable");
                }

                DateOnly? date = null;
                if (!string.IsNullOrWhiteSpace(published))
                {
                    if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
                    {
                        return Results.Problem($"'{published}' is not a date like 2025-05-21.", statusCode: 400, title: "Bad publication date");
                    }

                    date = d;
                }

                var markdown = request.ContentType?.StartsWith("text/markdown", StringComparison.OrdinalIgnoreCase) == true;
                var (corpus, error) = PastedArticle.Analyse(text, markdown, date, pipeline);
                return corpus is null
                    ? Results.Problem(error, statusCode: 400, title: "Article not readable")
                    : Results.Ok(new AnalysisView(ApiMapper.Document(corpus.Documents[0], corpus), ApiMapper.Detail(corpus.Treaties[0], corpus)));
            })
            .WithTags("Analyse").WithName("Analyze")
            .WithSummary("Analyses one article sent as the body (text/plain, or text/markdown for Markdown), up to 256 KB; ?published=YYYY-MM-DD resolves relative dates. Nothing is stored. Over 256 KB: 413.")
            .Accepts<string>("text/plain", "text/markdown")
            .Produces<AnalysisView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

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
    internal static IResult UnknownTreaty(string treaty) =>
        Results.Problem($"There is no treaty '{treaty}'. GET /api/treaties lists them.", statusCode: 404, title: "Unknown treaty");
}
