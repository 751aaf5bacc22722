using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Serilog;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Snapshots;
using TreatyBrowser.Web.Features.Feeds;
using TreatyBrowser.Web.Security;
using TreatyBrowser.Web.Features.Status;

namespace TreatyBrowser.Web.Hosting;

/// <summary>Everything the app registers, in one place, so Program.cs stays a screen long.</summary>
public static class ServiceRegistration
{
    // The pages whose rules are not a plain page's (RoutePolicies), by their path under Features/.
    private static readonly (string Page, RoutePolicy Policy)[] PagePolicies =
    [
        ("/Search/Index", RoutePolicies.SearchPage),
        ("/Analyze/Analyze", RoutePolicies.AnalyzePage),
        ("/Status/Status", RoutePolicies.Health),
        ("/Treaties/Clause", RoutePolicies.Clause),
    ];

    /// <summary>Logging, the server's limits, security, the corpus and the pages, each registered by its own part below.</summary>
    public static WebApplicationBuilder AddTreatyBrowser(this WebApplicationBuilder builder) => builder
        .AddSerilogLogging()
        .AddServerLimits()
        .AddSecurity()
        .AddCorpus()
        .AddPages();

    private static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        // Serilog from appsettings.json, configured per host. preserveStaticLogger keeps each host's own logger behind
        // its ILogger<T>: without it, Serilog also sets the static Log.Logger and every host logs through whichever
        // was built last (parallel test hosts read each other's events).
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return builder;
    }

    // Kestrel's limits, the hosts and proxies believed, and a graceful stop.
    private static WebApplicationBuilder AddServerLimits(this WebApplicationBuilder builder)
    {
        // No "Server: Kestrel" header: it tells a reader nothing and an attacker which server to aim at. No request body
        // needs more than an article (256 KB, see PastedArticle): anything over 1 MB is refused with 413 as it arrives.
        // Connections are bounded too (ConnectionOptions): how many at once, and how long one may sit idle.
        builder.Services.AddOptions<ConnectionOptions>().BindConfiguration(ConnectionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var connections = builder.Configuration.GetSection(ConnectionOptions.Section).Get<ConnectionOptions>() ?? new ConnectionOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.Limits.MaxRequestLineSize = RequestLimits.MaxRequestLine;
            kestrel.Limits.MaxConcurrentConnections = connections.MaxConcurrent;
            kestrel.Limits.MaxConcurrentUpgradedConnections = connections.MaxConcurrent;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(connections.KeepAliveSeconds);
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(connections.RequestHeadersSeconds);
            var perClient = new ConnectionsPerClient(connections.MaxPerClient);
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(perClient.Apply));
        });

        // Hosts are checked by HostCheck, after the security headers are in place and with a plain message; the
        // framework's filter, which runs first and answers a bare 400, lets every host through to it.
        builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts = ["*"]);

        // X-Forwarded-For counts only from the proxies named in Connections:TrustedProxies, even when
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED turns the middleware on (it would otherwise trust everyone).
        builder.Services.PostConfigure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in connections.TrustedProxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            if (connections.TrustedProxies.Length == 0)
            {
                forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.None;
            }
        });

        // On SIGTERM (or Ctrl+C) Kestrel stops taking connections and requests in flight get up to 30 s to finish
        // before the process exits 0. Written out because a reload or deploy depends on it.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }

    private static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        // Per-client limits on search, analysis and the API; ids in routes must be well-formed ids; errors as RFC 9457
        // problem details under /api.
        builder.Services.AddTreatyRateLimits();
        builder.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<IdRouteConstraint>(IdRouteConstraint.Name));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        return builder;
    }

    // The seeds, the extraction pipeline, search, snapshots, the corpus holder, feeds and the watcher.
    private static WebApplicationBuilder AddCorpus(this WebApplicationBuilder builder)
    {
        // The seeds folder; a bad setting fails at start with a clear message.
        builder.Services.AddOptions<SeedsOptions>()
            .BindConfiguration(SeedsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The extraction pipeline, built by its builder from the configured lexicon (its patterns are compiled as the app
        // starts, see CorpusStartup), and one corpus snapshot for every request.
        builder.Services.AddOptions<LexiconOptions>().BindConfiguration(LexiconOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => new ExtractionPipelineBuilder(
            services.GetRequiredService<IOptions<LexiconOptions>>().Value.Build(builder.Environment.ContentRootPath)).UseDefaults());
        builder.Services.AddSingleton(services => services.GetRequiredService<ExtractionPipelineBuilder>().Build());
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<SearchOptions>>().Value.Build(builder.Environment.ContentRootPath));
        builder.Services.AddOptions<SnapshotOptions>().BindConfiguration(SnapshotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => NewCorpusLoader(services, builder.Environment.ContentRootPath));
        builder.Services.AddSingleton(services =>
        {
            var loader = services.GetRequiredService<CorpusLoader>();
            var saver = loader.Settings.Snapshots is { } store
                ? new SnapshotSaver(store, loader.Settings.SnapshotIdentity,
                    TimeSpan.FromSeconds(services.GetRequiredService<IOptions<SnapshotOptions>>().Value.MinSecondsBetweenSaves), services.GetRequiredService<ILogger<SnapshotSaver>>())
                : null;
            // Written out, not resolved: with snapshots off there is no saver, and a null cannot be matched to a parameter.
            return new CorpusHolder(loader, saver, services.GetRequiredService<FeedHistory>(), services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<CorpusHolder>>());
        });

        // What changed between snapshots, kept between restarts, for the Atom feeds.
        builder.Services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<FeedHistory>();

        // The first corpus is loaded as the app starts, before the server takes a request; then hot reload: a change in
        // the seeds folder builds a new corpus beside the old one and swaps it in. Hosted services start in this order.
        builder.Services.AddHostedService<CorpusStartup>();
        builder.Services.AddHostedService<SeedWatcher>();
        return builder;
    }

    // The loader of the seeds folder: its limits, the search synonyms, and the saved snapshots a restart starts from
    // (each tied to the build, lexicon and synonyms that made it).
    private static CorpusLoader NewCorpusLoader(IServiceProvider services, string contentRoot)
    {
        var seeds = services.GetRequiredService<IOptions<SeedsOptions>>().Value;
        var search = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var snapshots = services.GetRequiredService<IOptions<SnapshotOptions>>().Value;
        var pipeline = services.GetRequiredService<ExtractionPipeline>();
        // First the synonyms themselves: a missing file stops the start with its reason before it is hashed.
        var synonymMap = services.GetRequiredService<Lucene.Net.Analysis.Synonym.SynonymMap>();
        var folder = Path.GetFullPath(seeds.Path, contentRoot);
        var synonyms = search.SynonymsPath is { } path ? SnapshotIdentity.Hash(File.ReadAllText(Path.GetFullPath(path, contentRoot))) : "built-in synonyms";
        return new CorpusLoader(pipeline, new CorpusLoaderSettings(folder)
        {
            MaxFileBytes = seeds.MaxFileBytes,
            ScanBudget = TimeSpan.FromMilliseconds(seeds.ReloadBudgetMs),
            Synonyms = synonymMap,
            Snapshots = snapshots.Enabled ? new SnapshotStore(snapshots.FolderFor(folder, contentRoot)) : null,
            SnapshotIdentity = SnapshotIdentity.For(pipeline.Lexicon, synonyms),
            CompileToAnalyse = true,
        }, services.GetRequiredService<TimeProvider>());
    }

    // Razor pages, health, JSON and OpenAPI.
    private static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        // Write quotes, dashes and accents as themselves rather than as numeric entities: smaller, readable pages.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        // Nothing a form posts is stored (/analyze reads one article and forgets it), so no antiforgery token is needed.
        // Pages live with the rest of their feature under Features/ (each page states its own route).
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute());
            // Each page's rules as endpoint metadata: a plain page's, then the pages whose own differ (the last wins).
            options.Conventions.AddFolderApplicationModelConvention("/", page => page.EndpointMetadata.Add(RoutePolicies.Page));
            foreach (var (page, policy) in PagePolicies)
            {
                options.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(policy));
            }
        });
        builder.Services.AddHealthChecks().AddCheck<CorpusHealthCheck>("corpus");
        // JSON: enums as kebab-case words ("entry-into-force"), the same names the pages use.
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        // The OpenAPI document's servers are the public address when one is configured, never a Host header.
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, context, _) =>
        {
            if (context.ApplicationServices.GetRequiredService<IOptions<ConnectionOptions>>().Value.PublicBaseUrl is { Length: > 0 } publicBase)
            {
                document.Servers = [new() { Url = publicBase.TrimEnd('/') }];
            }

            return Task.CompletedTask;
        }));
        return builder;
    }
}
