using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(TreatyBrowser.Web.Tests.AppFactory))]

namespace TreatyBrowser.Web.Tests;

/// <summary>One in-memory host for the whole assembly, serving the shipped seeds.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// The setting that turns rate limits off. Test hosts send hundreds of requests from one "client"; the limits
    /// themselves are tested by hosts of their own (LimitTests).
    /// </summary>
    public const string RateLimitsEnabled = "RateLimits:Enabled";

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    // Search results are compared exactly; a search stopped by its budget while CI runs both test projects at once
    // would differ for reasons of load, not code (the budget has tests of its own).
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseSetting("Seeds:Path", SeedsFolder)
        .UseSetting(RateLimitsEnabled, "false")
        .UseSetting("Search:TimeBudgetMs", "60000");
}
