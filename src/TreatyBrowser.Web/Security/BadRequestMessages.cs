using TreatyBrowser.Web.Features.Analyze;

namespace TreatyBrowser.Web.Security;

/// <summary>Turns a request the server refuses (a body over its limit, a malformed request) into its status code and a plain message instead of a 500.</summary>
public sealed class BadRequestMessages(RequestDelegate next, ILogger<BadRequestMessages> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            logger.LogWarning("Refused {Method} {Path}: {Status} {Reason}", context.Request.Method, context.Request.Path, e.StatusCode, e.Message);
            context.Response.Clear();
            var tooLarge = e.StatusCode == StatusCodes.Status413PayloadTooLarge;
            await Refusal.WriteAsync(
                context,
                e.StatusCode,
                tooLarge ? "Request too large" : "Request not readable",
                tooLarge ? $"The request is too large. An article may be at most {AnalyzeInput.MaxBytes / 1024} KB." : $"The request could not be read: {e.Message}");
        }
    }
}
