using Microsoft.Extensions.Primitives;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// Headers that keep text from other people inert in a reader's browser, set on every response (pages, the API,
/// static files, errors and cached pages alike). The pages use no script at all, so the policy allows none: even if
/// some markup slipped through encoding, nothing in it could run.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// No script, no plugins, no frames; styles only from our stylesheet; images only our own (the favicon is the
    /// empty <c>data:</c> one); forms post only to us; a reader's copy of the page cannot be framed or re-based.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()";

    /// <summary>One year, subdomains included: only sent over HTTPS, where a browser honours it.</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    // The values as StringValues made once: setting a header then allocates nothing.
    private static readonly StringValues Policy = ContentSecurityPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues SameOrigin = "same-origin";
    private static readonly StringValues Permissions = PermissionsPolicy;
    private static readonly StringValues Hsts = StrictTransportSecurity;

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the response starts, so an error handler that clears the response cannot drop them. A static
        // callback with the context as its state: nothing is allocated per request for it.
        context.Response.OnStarting(Apply, context);
        return next(context);
    }

    private static Task Apply(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = NoSniff;
        headers.XFrameOptions = Deny;
        headers["Referrer-Policy"] = SameOrigin;
        headers["Permissions-Policy"] = Permissions;
        headers["Cross-Origin-Opener-Policy"] = SameOrigin;
        headers["Cross-Origin-Resource-Policy"] = SameOrigin;
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = Hsts;
        }

        return Task.CompletedTask;
    }
}
