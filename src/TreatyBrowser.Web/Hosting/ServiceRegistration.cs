using Microsoft.Extensions.Options;
using Serilog;
using TreatyBrowser.Core.Extraction;

namespace TreatyBrowser.Web.Hosting;

/// <summary>Everything the app registers, in one place, so Program.cs stays a screen long.</summary>
public static class ServiceRegistration
{
    public static WebApplicationBuilder AddTreatyBrowser(this WebApplicationBuilder builder)
    {
        // Serilog from appsettings.json, configured per host (never a global logger: parallel test hosts would clash).
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());

        // No "Server: Kestrel" header: it tells a reader nothing and costs bytes on every response.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // The seeds folder; a bad setting fails at start with a clear message.
        builder.Services.AddOptions<SeedsOptions>()
            .BindConfiguration(SeedsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The extraction pipeline, compiled once from the configured lexicon, and one corpus snapshot for every request.
        builder.Services.AddOptions<LexiconOptions>().BindConfiguration(LexiconOptions.Section);
        builder.Services.AddSingleton(services => new ExtractionPipeline(
            services.GetRequiredService<IOptions<LexiconOptions>>().Value.Build(builder.Environment.ContentRootPath)));
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<SearchOptions>>().Value.Build(builder.Environment.ContentRootPath));
        builder.Services.AddSingleton<CorpusHolder>();

        // Hot reload: a change in the seeds folder builds a new corpus beside the old one and swaps it in.
        builder.Services.AddHostedService<SeedWatcher>();

        // Write quotes, dashes and accents as themselves rather than as numeric entities: smaller, readable pages.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        // Nothing a form posts is stored (/analyze reads one article and forgets it), so no antiforgery token is needed.
        builder.Services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
        builder.Services.AddHealthChecks().AddCheck<CorpusHealthCheck>("corpus");
        // JSON: enums as kebab-case words ("entry-into-force"), the same names the pages use.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        builder.Services.AddOpenApi();
        return builder;
    }
}
