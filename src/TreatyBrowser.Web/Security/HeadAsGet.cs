namespace TreatyBrowser.Web.Security;

/// <summary>
/// HEAD on the API, the exports, the feeds and the OpenAPI document is answered as GET is (minimal API routes are mapped for
/// GET only and would say 405). Kestrel keeps the request's HEAD-ness and sends the headers without the body.
/// Pages need none of this: Razor Pages answers HEAD with the GET handler.
/// </summary>
public sealed class HeadAsGet(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsHead(request.Method) && RouteTable.For(request.Path).HeadAsGet)
        {
            request.Method = HttpMethods.Get;
        }

        return next(context);
    }
}
