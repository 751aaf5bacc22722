using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TreatyBrowser.Web.Tests;

/// <summary>
/// The app on a real Kestrel socket (a free loopback port) serving <paramref name="seedsFolder"/>, for tests that need
/// what only a real server does: a browser, HEAD without a body, the absence of a Server header.
/// </summary>
public sealed class SocketApp(string seedsFolder) : SocketAppBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseSetting("Seeds:Path", seedsFolder)
        .UseSetting(AppFactory.RateLimitsEnabled, "false");
}

/// <summary>The app on a real Kestrel socket; a subclass says which settings it runs with.</summary>
public abstract class SocketAppBase : WebApplicationFactory<Program>
{
    /// <summary>Starts listening and returns the base address, without a trailing slash.</summary>
    public string Start()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }
}
