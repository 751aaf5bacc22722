using TreatyBrowser.Web.Hosting;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Features.Sources;

/// <summary>
/// <c>/sources/{document}/sentences/{sentence}</c>: a permalink to any sentence that does not need to know how the
/// article is paged. It answers 302 to the sentence's page with the sentence as the fragment.
/// </summary>
public static class SentenceResolver
{
    public static IEndpointRouteBuilder MapSentenceResolver(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sources/{document:id}/sentences/{sentence:id}", (string document, string sentence, CorpusHolder holder) =>
                holder.Current.FindDocument(document) is { } found && SourcePages.PageOf(found, sentence) is { } page
                    ? Results.Redirect($"{Paths.SourcePage(found.Id, page)}#{sentence}")
                    : Results.NotFound())
            .ExcludeFromDescription().WithMetadata(RoutePolicies.Page);
        return app;
    }
}
