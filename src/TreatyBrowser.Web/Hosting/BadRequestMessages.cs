namespace TreatyBrowser.Web.Hosting;

/// <summary>Turns a request the server refuses into its status code and a plain message instead of a 500.</summary>
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
            context.Response.StatusCode = e.StatusCode;
            context.Response.ContentType = "text/plain; charset=utf-8";
            var message = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"The request is too large. An article may be at most {PastedArticle.MaxBytes / 1024} KB."
                : $"The request could not be read: {e.Message}";
            await context.Response.WriteAsync(message, context.RequestAborted);
        }
    }
}
