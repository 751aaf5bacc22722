using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TreatyBrowser.Web.Tests;

/// <summary>How a test wants its app: which seeds, whether the rate limits are on, which environment, what else.</summary>
public sealed record TestAppOptions
{
    /// <summary>The seeds folder served (default: the shipped seed, copied beside the tests).</summary>
    public string SeedsFolder { get; init; } = Seed.Folder;

    /// <summary>
    /// Rate limits, off by default: test hosts send hundreds of requests from one "client". The limits have tests
    /// of their own, which turn them on.
    /// </summary>
    public bool RateLimits { get; init; }

    /// <summary>The hosting environment (default: the framework's, Development for test hosts).</summary>
    public string? Environment { get; init; }

    /// <summary>Any other settings, by configuration key.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Services to add or replace (a failing endpoint, say).</summary>
    public Action<IServiceCollection>? Services { get; init; }
}

/// <summary>
/// The one test host: the app in memory, or on a real Kestrel socket (<see cref="StartSocket"/>) for what only a real
/// server does (a browser, HEAD without a body, connection limits). Every test host is one of these, configured by
/// <see cref="TestAppOptions"/>; what it logs is kept in <see cref="Logs"/>.
/// </summary>
public class TestApp(TestAppOptions? options = null) : WebApplicationFactory<Program>
{
    public TestAppOptions Options { get; } = options ?? new TestAppOptions();

    /// <summary>Where test hosts save snapshots: one folder for the test run, each seeds folder a subfolder of it.</summary>
    public static string SnapshotsFolder { get; } = Path.Combine(Path.GetTempPath(), $"treatybrowser-test-snapshots-{System.Environment.ProcessId}");

    /// <summary>What the app logged.</summary>
    public LogCollector Logs { get; } = new();

    /// <summary>Starts listening on a free loopback port and returns the base address, without a trailing slash.</summary>
    public string StartSocket()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Seeds:Path", Options.SeedsFolder);
        builder.UseSetting("RateLimits:Enabled", Options.RateLimits ? "true" : "false");
        // Search results are compared exactly; a search stopped by its budget while CI runs both test projects at
        // once would differ for reasons of load, not code (the budget has tests of its own).
        builder.UseSetting("Search:TimeBudgetMs", "60000");
        // Saved snapshots go to the test run's own folder, never the user's cache.
        builder.UseSetting("Snapshots:Folder", SnapshotsFolder);
        foreach (var (key, value) in Options.Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Options.Environment is { } environment)
        {
            builder.UseEnvironment(environment);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            Options.Services?.Invoke(services);
        });
    }
}
