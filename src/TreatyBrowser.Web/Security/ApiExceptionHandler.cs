using Microsoft.AspNetCore.Diagnostics;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// An unexpected failure under /api answers RFC 9457 problem details (status 500, a reference to quote), never an
/// HTML page or a stack trace. Other paths fall through to the error page.
/// </summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the request has been pointed at the error page: the address that failed is in the feature.
        var failed = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!RouteTable.For(failed).ProblemDetails)
        {
            return false;
        }

        var message = $"Something went wrong on our side; it has been logged. Reference: {httpContext.TraceIdentifier}.";
        await Results.Problem(message, statusCode: StatusCodes.Status500InternalServerError, title: "Something went wrong").ExecuteAsync(httpContext);
        return true;
    }
}
