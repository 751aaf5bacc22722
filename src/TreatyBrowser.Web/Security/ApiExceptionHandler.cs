using Microsoft.AspNetCore.Diagnostics;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// A failure under /api answers RFC 9457 problem details, never an HTML page or a stack trace: a request the server
/// could not read (a malformed chunk, a body over its limit) with the 4xx the server gave it; an unexpected failure
/// with status 500 and a reference, logged with its exception under that same reference so the operator finds it.
/// Other paths fall through to the error page.
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the request has been pointed at the error page: the address and endpoint that failed are in the feature.
        var feature = httpContext.Features.Get<IExceptionHandlerPathFeature>();
        var failed = feature?.Path ?? httpContext.Request.Path;
        if (!RoutePolicies.Of(feature?.Endpoint, failed).ProblemDetails)
        {
            return false;
        }

        // A chunk size of ffffffffffffffff, a body cut short: the client's fault, said as such.
        if (exception is BadHttpRequestException bad)
        {
            await Results.Problem($"The request could not be read: {bad.Message}", statusCode: bad.StatusCode, title: "Bad request").ExecuteAsync(httpContext);
            return true;
        }

        Failed(logger, exception, httpContext.TraceIdentifier, failed);
        var message = $"Something went wrong on our side; it has been logged. Reference: {httpContext.TraceIdentifier}.";
        await Results.Problem(message, statusCode: StatusCodes.Status500InternalServerError, title: "Something went wrong").ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Reference} to {Path} failed")]
    private static partial void Failed(ILogger logger, Exception exception, string reference, string path);
}
