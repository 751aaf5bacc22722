namespace TreatyBrowser.Web.Security;

/// <summary>
/// HEAD is answered as GET is, everywhere, before routing: minimal API routes are mapped for GET only and would say
/// 405, and pages and static files answer HEAD with what GET gives anyway. Kestrel keeps the request's HEAD-ness and
/// sends the headers without the body.
/// </summary>
public sealed class HeadAsGet(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsHead(request.Method))
        {
            request.Method = HttpMethods.Get;
        }

        return next(context);
    }
}
