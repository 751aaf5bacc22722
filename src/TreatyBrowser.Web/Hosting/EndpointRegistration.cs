using Serilog;
using TreatyBrowser.Web.Api;

namespace TreatyBrowser.Web.Hosting;

/// <summary>The request pipeline and every endpoint.</summary>
public static class EndpointRegistration
{
    public static WebApplication MapTreatyBrowser(this WebApplication app)
    {
        // Load the corpus before the first request, so start-up logs say what was loaded or skipped.
        _ = app.Services.GetRequiredService<CorpusHolder>().Current;

        // One structured event per request.
        app.UseSerilogRequestLogging();

        // A request the server refuses (a body over its limit, a malformed request) gets its status and a plain
        // message, never a 500.
        app.UseMiddleware<BadRequestMessages>();

        // Pages already rendered for this corpus snapshot are answered from memory, before routing.
        app.UseMiddleware<PageCache>();

        // Unknown routes and 404s from pages land on a friendly page.
        app.UseStatusCodePagesWithReExecute("/not-found");

        app.UseStaticFiles();
        app.UseRouting();
        app.MapRazorPages();
        app.MapTreatyApi();
        app.MapExports();
        app.MapOpenApi();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
