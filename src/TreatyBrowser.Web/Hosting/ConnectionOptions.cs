using System.ComponentModel.DataAnnotations;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Bounds on connections, so that no client can hold the process's file handles or memory. Section
/// <c>Connections</c>. 20,000 idle connections from one address once exhausted the 20,000-file limit in 15 s.
/// </summary>
public sealed class ConnectionOptions
{
    public const string Section = "Connections";

    /// <summary>Connections open at once (default 4,096); more are closed as they arrive, and the app keeps answering.</summary>
    [Range(16, 1_000_000)]
    public long MaxConcurrent { get; set; } = 4096;

    /// <summary>Connections one address may hold at once (default 512; a browser uses about 6): more are closed as they arrive.</summary>
    [Range(1, 1_000_000)]
    public int MaxPerClient { get; set; } = 512;

    /// <summary>How long a connection may sit idle, before its first request or between requests (default 15 s; Kestrel's is 130 s).</summary>
    [Range(1, 3600)]
    public int KeepAliveSeconds { get; set; } = 15;

    /// <summary>How long a client may take to send a request's headers once it starts (default 10 s).</summary>
    [Range(1, 600)]
    public int RequestHeadersSeconds { get; set; } = 10;

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-For</c> is believed (default none: the header is ignored,
    /// so a forged one cannot reset a client's rate limit).
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>
    /// The address readers use, for canonical links, citations, exports and the OpenAPI servers (for example
    /// <c>https://treaties.example.org</c>). Default none: the request's host, which <c>AllowedHosts</c> limits to the
    /// names the app answers to.
    /// </summary>
    [Url]
    public string? PublicBaseUrl { get; set; }
}
