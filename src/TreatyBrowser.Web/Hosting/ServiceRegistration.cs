using Serilog;

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

        // The seeds folder; a bad setting fails at start with a clear message.
        builder.Services.AddOptions<SeedsOptions>()
            .BindConfiguration(SeedsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The extraction pipeline (compiled once) and one corpus snapshot shared by every request.
        builder.Services.AddSingleton(_ => new TreatyBrowser.Core.Extraction.ExtractionPipeline());
        builder.Services.AddSingleton<CorpusHolder>();

        // Write quotes, dashes and accents as themselves rather than as numeric entities: smaller, readable pages.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        builder.Services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
        builder.Services.AddHealthChecks().AddCheck<CorpusHealthCheck>("corpus");
        builder.Services.AddOpenApi();
        return builder;
    }
}
