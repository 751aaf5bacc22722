using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Features.Common;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Features.Feeds;

/// <summary>
/// <c>/feed.atom</c> (every treaty) and <c>/treaties/{treaty}/feed.atom</c>: what changed as articles arrived: new
/// sources, new clauses, clauses whose modality or dispute changed, new or redated events, status changes.
/// </summary>
public static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", (CorpusHolder holder, FeedHistory history, HttpRequest request) =>
            {
                var corpus = holder.Current;
                var baseUrl = Views.BaseUrl(request);
                return Atom(AtomFeed.Write("TreatyBrowser: every treaty", baseUrl + Paths.CorpusFeed, baseUrl + "/", baseUrl, corpus.LoadedAt, history.Entries(null)));
            })
            .WithTags("Feeds").WithName("CorpusFeed").WithMetadata(RoutePolicies.Feed)
            .WithSummary("Atom feed of changes across the corpus: new sources and clauses, changed modality or dispute, new or redated events, status changes (last 100).");

        app.MapGet("/treaties/{treaty:id}/feed.atom", (string treaty, CorpusHolder holder, FeedHistory history, HttpRequest request) =>
            {
                var corpus = holder.Current;
                if (corpus.FindTreaty(treaty) is not { } found)
                {
                    return Results.NotFound();
                }

                var baseUrl = Views.BaseUrl(request);
                return Atom(AtomFeed.Write($"TreatyBrowser: {found.Name}", baseUrl + Paths.Feed(found.Id), baseUrl + Paths.Treaty(found.Id), baseUrl, corpus.LoadedAt, history.Entries(found.Id)));
            })
            .WithTags("Feeds").WithName("TreatyFeed").WithMetadata(RoutePolicies.Feed)
            .WithSummary("Atom feed of one treaty's changes (last 100).");
        return app;
    }

    private static IResult Atom(byte[] body) => Results.Bytes(body, AtomFeed.ContentType);
}
