using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// The Host header, checked where our refusals are written: a name not in <c>AllowedHosts</c>, or a port this
/// connection did not arrive on, is a 400 with a plain message and the security headers (the framework's own filter
/// answered a bare 400 before any middleware of ours ran, so it is set to let every host through to this one). A
/// request with no Host at all (HTTP/1.0) is served; its links use the address it arrived at (<see cref="Features.Common.Views.BaseUrl"/>).
/// </summary>
public sealed class HostCheck(RequestDelegate next, IConfiguration configuration, IOptions<ConnectionOptions> connections, ILogger<HostCheck> logger)
{
    // The names the app answers to, as AllowedHosts writes them ("localhost;*.example.org"; "*" is any).
    private readonly StringSegment[] _allowed = [.. (configuration["AllowedHosts"] ?? "*")
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(h => new StringSegment(h))];

    // With a public address configured no link is made from the Host, so its port matters to nobody.
    private readonly bool _portMatters = string.IsNullOrEmpty(connections.Value.PublicBaseUrl);

    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host;
        if (!host.HasValue)
        {
            return next(context);
        }

        if (_allowed.Length > 0 && !HostString.MatchesAny(host.Host, _allowed))
        {
            return Refuse(context, "This server does not answer to the host named in the request's Host header.");
        }

        // A test server has no local port (0); a real connection arrived on one, and only that one may be named.
        var local = context.Connection.LocalPort;
        if (_portMatters && host.Port is { } port && local != 0 && port != local)
        {
            return Refuse(context, $"The Host header names port {port}, but this server was reached on port {local}.");
        }

        return next(context);
    }

    private Task Refuse(HttpContext context, string message)
    {
        // The forged value is logged encoded and cut short, never echoed back.
        var host = context.Request.Host.Value ?? "";
        logger.LogWarning("Refused a request for host {Host}: {Reason}", host[..Math.Min(100, host.Length)], message);
        return Refusal.WriteAsync(context, StatusCodes.Status400BadRequest, "Unknown host", message);
    }
}
