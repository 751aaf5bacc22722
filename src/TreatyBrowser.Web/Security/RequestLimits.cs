namespace TreatyBrowser.Web.Security;

/// <summary>
/// Refuses addresses no link of ours could produce, with a plain message: a URL over <see cref="MaxUrlLength"/>
/// characters (414) or more than <see cref="MaxQueryParameters"/> query parameters (400). Kestrel's own request-line
/// limit is set just above this (<see cref="MaxRequestLine"/>) so that this message answers first; Kestrel's limits
/// stay behind as a backstop, but answer with no explanation.
/// </summary>
public sealed class RequestLimits(RequestDelegate next, ILogger<RequestLimits> logger)
{
    /// <summary>
    /// A search of 500 characters, percent-encoded, fits; so does a pasted query far past that limit (10,000
    /// characters), which reaches search and is told the 500-character limit (a 400) rather than a bare 414.
    /// </summary>
    public const int MaxUrlLength = 12 * 1024;

    /// <summary>Kestrel's limit on the request line (method, URL, version): above <see cref="MaxUrlLength"/>.</summary>
    public const int MaxRequestLine = 16 * 1024;

    public const int MaxQueryParameters = 16;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var length = (request.PathBase.Value?.Length ?? 0) + (request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0);
        if (length > MaxUrlLength)
        {
            await Refuse(context, StatusCodes.Status414UriTooLong, "Address too long",
                $"The address is too long ({length:N0} characters; at most {MaxUrlLength:N0}). A search may be at most 500 characters.");
            return;
        }

        // Parsing the query costs an allocation per request; only a query with enough '&' can have too many parameters.
        // A name repeated counts once per value: ?q=1&q=2&… is as many parameters as it has values.
        if (request.QueryString.Value is { } query && query.AsSpan().Count('&') >= MaxQueryParameters
            && request.Query.Sum(p => p.Value.Count) is var count && count > MaxQueryParameters)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "Too many query parameters", $"The address has {count} query parameters; at most {MaxQueryParameters} are read.");
            return;
        }

        await next(context);
    }

    private Task Refuse(HttpContext context, int status, string title, string message)
    {
        var path = context.Request.Path.Value ?? "";
        logger.LogWarning("Refused {Method} {Path}: {Status} {Reason}", context.Request.Method, path[..Math.Min(200, path.Length)], status, message);
        return Refusal.WriteAsync(context, status, title, message);
    }
}
