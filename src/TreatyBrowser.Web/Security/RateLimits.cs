using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// Per-client limits on search, analysis and the API (ASP.NET Core's rate limiter, one token bucket per client and
/// kind of request). A refused request gets 429 with <c>Retry-After</c> and a plain message, or problem details from
/// the API. The limiter runs before the page cache, so a cached answer counts too.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddTreatyRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var limits = settings.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only requests under a limit reach the limiter, and only when limits are on (see MapTreatyBrowser).
            var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                BucketOf(context, limits) is var (name, bucket)
                    ? RateLimitPartition.GetTokenBucketLimiter($"{name}|{ClientOf(context)}", _ => TokenBucket(bucket))
                    : RateLimitPartition.GetNoLimiter(""));

            // One pool for every client's expensive requests: a burst within one client's allowance waits its turn.
            var expensive = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsExpensive(context)
                    ? RateLimitPartition.GetConcurrencyLimiter("expensive", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = limits.ExpensiveConcurrency,
                        QueueLimit = limits.ExpensiveQueue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, expensive);
            limiter.OnRejected = Reject;
        });
        return services;
    }

    /// <summary>Which limit a request falls under, if any.</summary>
    public static (string Name, RateLimitOptions.Bucket Bucket)? BucketOf(HttpContext context, RateLimitOptions limits) =>
        RoutePolicies.Of(context).LimitFor(context.Request.Method) switch
        {
            LimitKind.Search => ("search", limits.Search),
            LimitKind.Analyze => ("analyze", limits.Analyze),
            LimitKind.Api => ("api", limits.Api),
            _ => null,
        };

    /// <summary>Search, analysis and exports: the requests whose work grows with what is asked (their endpoint's policy).</summary>
    public static bool IsExpensive(HttpContext context) => RoutePolicies.Of(context).ExpensiveFor(context.Request.Method);

    // The connection's address. Behind a reverse proxy, configure forwarded headers so this is the reader's address.
    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static TokenBucketRateLimiterOptions TokenBucket(RateLimitOptions.Bucket bucket) => new()
    {
        TokenLimit = bucket.Burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / bucket.PerMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = $"Too many requests from your address. Please wait {seconds} second{(seconds == 1 ? "" : "s")} and try again.";
        await Refusal.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests", message);
    }
}
