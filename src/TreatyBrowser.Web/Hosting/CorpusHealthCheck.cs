using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TreatyBrowser.Web.Hosting;

/// <summary>Healthy when a corpus is loaded; degraded when it holds no document (an empty or missing seeds folder).</summary>
public sealed class CorpusHealthCheck(CorpusHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var corpus = holder.Current;
        var summary = $"{corpus.Documents.Length} documents, {corpus.Skipped.Length} skipped";
        return Task.FromResult(corpus.Documents.IsEmpty ? HealthCheckResult.Degraded(summary) : HealthCheckResult.Healthy(summary));
    }
}
