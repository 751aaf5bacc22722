using Microsoft.AspNetCore.Diagnostics;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// Pages answer GET and HEAD (and /analyze also POST); any other method gets 405 with <c>Allow</c> and a plain
/// message. Without this, a page that has only a GET handler is still run for PUT or DELETE, with nothing loaded,
/// and fails. The API needs no guard: its routes are per method, and routing answers 405 there itself.
/// </summary>
public sealed class PageMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var method = request.Method;
        var policy = RoutePolicies.Of(context);
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || (policy.PostToo && HttpMethods.IsPost(method)) || policy.Kind == AddressKind.Api
            || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return next(context);
        }

        var allowed = policy.AllowedMethods;
        context.Response.Headers.Allow = allowed;
        // A method name is whatever the client sent: quote a sensible length of it.
        var shown = method.Length <= 40 ? method : method[..40];
        return Refusal.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed", $"This address answers {allowed}, not {shown}.");
    }
}
