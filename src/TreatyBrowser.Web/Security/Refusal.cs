namespace TreatyBrowser.Web.Security;

/// <summary>
/// How the app says no before a page or endpoint runs: RFC 9457 problem details under /api, a plain sentence
/// anywhere else. Every refusal (400, 413, 414, 429) goes through here, so they all read alike.
/// </summary>
public static class Refusal
{
    public static Task WriteAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        if (RoutePolicies.Of(context).ProblemDetails)
        {
            return Results.Problem(message, statusCode: status, title: title).ExecuteAsync(context);
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }
}
