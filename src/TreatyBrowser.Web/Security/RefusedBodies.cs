using Microsoft.AspNetCore.Http.Features;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// A refused request whose body is still arriving (a 429 for a posted article, a 413 for one over the limit) gets its
/// answer, not a TCP reset. Closing a connection with unread data in it makes the kernel reset it, and a reset can
/// throw away the answer the client has not read yet; the server's own clean-up refuses to read past 1 MB. So the
/// answer is sent first, with <c>Connection: close</c>, and the rest of the body read and dropped, bounded by
/// <see cref="MaxBytes"/> and <see cref="MaxTime"/> (what nginx calls a lingering close).
/// </summary>
public sealed class RefusedBodies(RequestDelegate next)
{
    public const long MaxBytes = 16 * 1024 * 1024;

    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(5);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
        {
            await next(context);
            return;
        }

        // Once the body is being read its limit is fixed; before that, a refusal may read this much of it to drop.
        context.Response.OnStarting(MarkClose, context);
        await next(context);
        if (context.Response.StatusCode < 400)
        {
            return;
        }

        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        await context.Response.CompleteAsync();
        await Drop(request, context.RequestAborted);
    }

    // A refusal closes the connection after it: the client is not to send its next request behind a body we drop.
    private static Task MarkClose(object state)
    {
        var context = (HttpContext)state;
        if (context.Response.StatusCode >= 400)
        {
            context.Response.Headers.Connection = "close";
        }

        return Task.CompletedTask;
    }

    private static async Task Drop(HttpRequest request, CancellationToken aborted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(MaxTime);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long dropped = 0;
            int read;
            while (dropped < MaxBytes && (read = await request.Body.ReadAsync(buffer, timeout.Token)) > 0)
            {
                dropped += read;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or BadHttpRequestException or InvalidOperationException)
        {
            // The client left, took too long, or sent more than is dropped: the connection closes as it would have.
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
