using TreatyBrowser.Core;
using TreatyBrowser.Web.Features.Common;
using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Features.Api;

/// <summary>The read-only JSON API over the current corpus, described in the OpenAPI document.</summary>
public static class ApiEndpoints
{
    // How many documents one page of /api/documents holds.
    private const int DocumentsPerPage = 20;

    // How many treaties one page of /api/treaties or /api/timeline holds.
    private const int TreatiesPerPage = 50;

    public static IEndpointRouteBuilder MapTreatyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Treaties").WithMetadata(RoutePolicies.Api);

        api.MapGet("/treaties", (string? page, HttpResponse response, CorpusHolder holder) =>
            {
                var corpus = holder.Current;
                return Paged(corpus.Treaties, page, TreatiesPerPage, "/api/treaties", "the treaties", response, t => ApiMapper.Summary(t, corpus));
            })
            .WithName("ListTreaties").WithSummary("The treaties in the corpus, 50 a page (?page=2; a Link header names the next), with their parties, term, sources and clause counts.")
            .Produces<List<TreatySummary>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/treaties/{treaty:id}", (string treaty, string? page, CorpusHolder holder) =>
            {
                if (holder.Current is not { } corpus || corpus.FindTreaty(treaty) is not { } t)
                {
                    return UnknownTreaty(treaty);
                }

                return OnePage(page, t.Clauses.Length, ApiMapper.ClausesPerPage, "this treaty's clauses", window => Results.Ok(ApiMapper.Detail(t, corpus, window)));
            })
            .WithName("GetTreaty").WithSummary("A treaty's model: clauses 20 a page (?page=2; nextClauses names the next), each with its first 50 " +
                "pieces of evidence; obligation profile, entities, and the timeline's first 500 events.")
            .Produces<TreatyDetail>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/documents", (string? page, HttpResponse response, CorpusHolder holder) =>
            {
                // An archive's documents 20 at a time, each with its first page of sentences; a Link header names the next.
                var corpus = holder.Current;
                return Paged(corpus.Documents, page, DocumentsPerPage, "/api/documents", "the documents", response, d => ApiMapper.Document(d, corpus));
            })
            .WithName("ListDocuments").WithSummary("The documents, 20 a page (?page=2; a Link header names the next), each with its first 500 " +
                "sentences: id, index, role, text, offsets, categories with reasons, clauses.")
            .Produces<List<DocumentView>>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/documents/{document:id}", (string document, string? page, CorpusHolder holder) =>
            {
                if (holder.Current is not { } corpus || corpus.FindDocument(document) is not { } d)
                {
                    return Results.Problem($"There is no document '{document}'. GET /api/documents lists them.", statusCode: 404, title: "Unknown document");
                }

                return OnePage(page, d.Sentences.Length, ApiMapper.SentencesPerPage, "this document's sentences", window => Results.Ok(ApiMapper.Document(d, corpus, window)));
            })
            .WithName("GetDocument").WithSummary("One document with its sentences, 500 a page (?page=2; nextSentences gives the next page's address).")
            .Produces<DocumentView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/clauses", (string? treaty, string? category, string? page, HttpResponse response, CorpusHolder holder) =>
            {
                var corpus = holder.Current;
                if (treaty is not null && corpus.FindTreaty(treaty) is null)
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
                    .ToList();
                var path = WithFilters("/api/clauses", ("treaty", treaty), ("category", category));
                return Paged(clauses, page, ApiMapper.ClausesPerPage, path, "the clauses", response, c => ApiMapper.Clause(c));
            })
            .WithName("ListClauses").WithSummary("Clauses, 20 a page (?page=2; a Link header names the next), each with its first 50 pieces of " +
                "evidence (document, sentence, span), optionally of one treaty and category.")
            .Produces<List<ClauseView>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/clauses/{treaty:id}/{category:id}/{clause:id}", (string treaty, string category, string clause, string? page, CorpusHolder holder) =>
            {
                if (holder.Current.FindTreaty(treaty) is not { } t)
                {
                    return UnknownTreaty(treaty);
                }

                if (t.FindClause(category, clause) is { } c)
                {
                    return OnePage(page, c.Evidence.Length, ApiMapper.EvidencePerPage, "this clause's evidence", window => Results.Ok(ApiMapper.Clause(c, window)));
                }

                return t.FindFormerClause(category, clause) is { } moved
                    ? Results.Redirect(permanent: true, url: Paths.ClauseJson(t.Id, moved.Category, moved.Id))
                    : Results.Problem($"There is no clause '{category}/{clause}' in treaty '{treaty}'. GET /api/clauses?treaty={treaty} lists them.", statusCode: 404, title: "Unknown clause");
            })
            .WithName("GetClause").WithSummary("One clause and its evidence, 50 pieces a page (?page=2; nextEvidence names the next).")
            .Produces<ClauseView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/profile", (string? treaty, string? page, HttpResponse response, CorpusHolder holder) =>
                ForTreaties(holder.Current, treaty, page, "/api/profile", response, t => new { treaty = t.Id, profile = t.Profile.Select(ApiMapper.Obligation).ToList() }))
            .WithName("GetObligationProfile").WithSummary("Per treaty (50 treaties a page; a Link header names the next), the ATOP obligation types " +
                "with present / stated-absent / disputed / not-reported: the app's reading, not an official coding.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/entities", (string? treaty, string? page, HttpResponse response, CorpusHolder holder) =>
                ForTreaties(holder.Current, treaty, page, "/api/entities", response, t => new { treaty = t.Id, entities = t.Entities.Select(ApiMapper.Entity).ToList() }))
            .WithName("ListEntities").WithSummary("Per treaty (50 treaties a page; a Link header names the next), its parties (with their surface forms), people with roles, and organisations.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/timeline", (string? treaty, string? page, HttpResponse response, CorpusHolder holder) =>
            {
                var corpus = holder.Current;
                if (treaty is null)
                {
                    return Paged(corpus.Treaties, page, TreatiesPerPage, "/api/timeline", "the treaties", response, t => ApiMapper.Timeline(t));
                }

                if (corpus.FindTreaty(treaty) is not { } found)
                {
                    return UnknownTreaty(treaty);
                }

                return OnePage(page, found.Timeline.Events.Length, ApiMapper.EventsPerPage, "this treaty's events", window => Results.Ok(new[] { ApiMapper.Timeline(found, window) }));
            })
            .WithName("GetTimeline").WithSummary("Per treaty, dated events in order (date, precision, expression as written, explanation), 500 a page, " +
                "and the status table. With ?treaty=, ?page= pages its events (nextEvents names the next); without, the treaties come 50 a page (a Link header names the next).")
            .Produces<List<TimelineView>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    // One page of a list as JSON, with a Link header naming the next page.
    private static IResult Paged<TItem, TView>(IReadOnlyList<TItem> items, string? page, int size, string path, string what, HttpResponse response, Func<TItem, TView> map) =>
        OnePage(page, items.Count, size, what, window =>
        {
            if (window.Next(path) is { } next)
            {
                response.Headers.Link = $"<{next}>; rel=\"next\"";
            }

            return Results.Ok(window.Slice(items).Select(map).ToList());
        });

    // The answer for page `page` of a list of `count` items, `size` a page; a page the list does not have is a 400
    // that says how many there are.
    private static IResult OnePage(string? page, int count, int size, string what, Func<PageWindow, IResult> answer) =>
        PageWindow.Read(page, count, size) is { } window ? answer(window) : NoSuchPage(page, PageWindow.Read(null, count, size)!, what);

    // A list's address with the filters it was asked with, so the next page keeps them.
    private static string WithFilters(string path, params (string Name, string? Value)[] filters) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(path, filters.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));

    // One treaty's entry when ?treaty= names one; else the treaties a page at a time.
    private static IResult ForTreaties<T>(Corpus corpus, string? treaty, string? page, string path, HttpResponse response, Func<Core.Model.Treaty, T> map)
    {
        if (treaty is null)
        {
            return Paged(corpus.Treaties, page, TreatiesPerPage, path, "the treaties", response, map);
        }

        return corpus.FindTreaty(treaty) is { } t ? Results.Ok(new[] { map(t) }) : UnknownTreaty(treaty);
    }

    /// <summary>The 404 for a treaty id that is not in the corpus, shared by the API and the exports.</summary>
    private static IResult NoSuchPage(string? page, PageWindow all, string what) =>
        Results.Problem($"There is no page {page}: {what} fill {all.Count} page(s) of {all.Size}.", statusCode: 400, title: "No such page");

    internal static IResult UnknownTreaty(string treaty) =>
        Results.Problem($"There is no treaty '{treaty}'. GET /api/treaties lists them.", statusCode: 404, title: "Unknown treaty");
}
