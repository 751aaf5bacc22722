using Serilog.AspNetCore;
using Serilog.Events;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// How loudly each request is logged. A page answered from the cache and a 429 are the cheapest answers the app
/// gives and the ones a flood of requests is made of: logging each one cost more than answering it (6.6 MB/s of log
/// from one client). So one in <see cref="SampleEvery"/> of them is logged, with <c>SampledOneIn</c> saying how many
/// it stands for; every other request, and every error, is logged as before. One per app, so that hosts side by side
/// (the tests') count their own.
/// </summary>
public sealed class RequestLogSampling
{
    public const int SampleEvery = 100;
    private const string CacheHit = "TreatyBrowser.PageCacheHit";
    private long _cheapAnswers;

    /// <summary>Marks a response as answered from the page cache.</summary>
    public static void MarkCacheHit(HttpContext context) => context.Items[CacheHit] = true;

    /// <param name="options">The request logging to configure.</param>
    /// <param name="logger">The app's own logger: without it, request events go to Serilog's static logger, which is
    /// whichever host started last.</param>
    public void Configure(RequestLoggingOptions options, Serilog.ILogger logger)
    {
        options.Logger = logger;
        options.GetLevel = Level;
        options.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            if (IsCheap(context))
            {
                diagnostics.Set("SampledOneIn", SampleEvery);
            }
        };
    }

    public LogEventLevel Level(HttpContext context, double elapsedMs, Exception? error)
    {
        if (error is not null || context.Response.StatusCode >= 500)
        {
            return LogEventLevel.Error;
        }

        if (!IsCheap(context))
        {
            return LogEventLevel.Information;
        }

        // Verbose is below every configured minimum, so the event is dropped before it is formatted.
        return Interlocked.Increment(ref _cheapAnswers) % SampleEvery == 1 ? LogEventLevel.Information : LogEventLevel.Verbose;
    }

    private static bool IsCheap(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status429TooManyRequests || context.Items.ContainsKey(CacheHit);
}
