using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Serilog;
using TreatyBrowser.Web.Features.Analyze;
using TreatyBrowser.Web.Features.Api;
using TreatyBrowser.Web.Features.Exports;
using TreatyBrowser.Web.Features.Feeds;
using TreatyBrowser.Web.Features.Search;
using TreatyBrowser.Web.Features.Sources;
using TreatyBrowser.Web.Security;

namespace TreatyBrowser.Web.Hosting;

/// <summary>The request pipeline and every endpoint.</summary>
public static class EndpointRegistration
{
    public static WebApplication MapTreatyBrowser(this WebApplication app)
    {
        // Security headers on every response, whatever answers it (a page, the cache, an error, a refusal).
        app.UseMiddleware<SecurityHeaders>();

        // One structured event per request; cache hits and 429s sampled (RequestLogSampling).
        var sampling = new RequestLogSampling();
        app.UseSerilogRequestLogging(options => sampling.Configure(options, app.Services.GetRequiredService<Serilog.ILogger>()));

        // HEAD is answered as GET (HeadAsGet), then routing chooses the endpoint: from here on every rule (the cache,
        // the limits, the methods a page answers, the error format) is read from its RoutePolicy.
        app.UseMiddleware<HeadAsGet>();
        app.UseRouting();

        // A Host the app does not answer to, or a port it was not reached on, never reaches a link (HostCheck).
        app.UseMiddleware<HostCheck>();

        // A refusal sent while a body is still arriving reaches the client instead of a reset (RefusedBodies).
        app.UseMiddleware<RefusedBodies>();

        // In production an unexpected failure shows a plain error page (problem details under /api), never a stack
        // trace; in development the framework's detailed page stays.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        // A request the server refuses (a body over its limit, a malformed request) gets its status and a plain
        // message, never a 500; so do addresses too long for any link of ours, and methods a page does not answer.
        app.UseMiddleware<BadRequestMessages>();
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<PageMethods>();

        // Per-client limits on search, analysis and the API, counted before the cache answers. Requests no limit
        // applies to (reading pages) skip the limiter altogether.
        var limits = app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        app.UseWhen(context => limits.Enabled && RateLimits.BucketOf(context, limits) is not null, limited => limited.UseRateLimiter());

        // Pages already rendered for this corpus snapshot are answered from memory, before the endpoint runs.
        app.UseMiddleware<PageCache>();

        // Unknown routes and 404s: problem details under /api, a friendly page everywhere else. The page is shown by
        // routing the request again to /not-found, which only the main pipeline can do (a UseWhen branch cannot), so
        // it stands unconditionally and the API turns it off for its own requests.
        app.UseWhen(context => RoutePolicies.Of(context).ProblemDetails, api => api.UseStatusCodePages());
        app.UseStatusCodePagesWithReExecute(Paths.NotFound);
        app.Use((context, next) =>
        {
            if (RoutePolicies.Of(context).ProblemDetails && context.Features.Get<IStatusCodePagesFeature>() is { } friendlyPage)
            {
                friendlyPage.Enabled = false;
            }

            return next(context);
        });

        // The stylesheet's address carries its build's version (?v=…): that exact address never changes.
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                if (file.Context.Request.Query.ContainsKey("v"))
                {
                    file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
        app.MapRazorPages();
        app.MapSentenceResolver();
        app.MapFeeds();
        app.MapTreatyApi();
        app.MapSearchApi();
        app.MapAnalyzeApi();
        app.MapExports();
        app.MapOpenApi().WithMetadata(RoutePolicies.OpenApi);
        // Degraded (no articles, or a seeds folder that cannot be read or reloaded) is 503: a monitor must see it.
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).WithMetadata(RoutePolicies.Health);
        return app;
    }
}
