using Microsoft.Extensions.Diagnostics.HealthChecks;
using TreatyBrowser.Web.Hosting;

namespace TreatyBrowser.Web.Features.Status;

/// <summary>
/// Healthy when a corpus is loaded from a readable seeds folder; degraded when it holds no document, or when the folder
/// cannot be read and the last good corpus is being served.
/// </summary>
public sealed class CorpusHealthCheck(CorpusHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var corpus = holder.Current;
        var summary = $"{corpus.Documents.Length} documents, {corpus.Skipped.Length} skipped";
        if (holder.Problem is { } problem)
        {
            return Task.FromResult(HealthCheckResult.Degraded($"{holder.WithoutServerPath(problem.Reason)} (since {problem.Since:u}); serving the last good corpus: {summary}"));
        }

        return Task.FromResult(corpus.Documents.IsEmpty ? HealthCheckResult.Degraded(summary) : HealthCheckResult.Healthy(summary));
    }
}
