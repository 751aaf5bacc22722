using System.ComponentModel.DataAnnotations;

namespace TreatyBrowser.Web.Security;

/// <summary>
/// How many requests one client (one IP address) may make. Section <c>RateLimits</c>. Each kind of request has its own
/// token bucket: a client may send <see cref="Bucket.Burst"/> at once, then <see cref="Bucket.PerMinute"/> a minute.
/// Reading pages is never limited; searching, analysing and the API are, because they cost the server more.
/// </summary>
public sealed class RateLimitOptions : IValidatableObject
{
    public const string Section = "RateLimits";

    /// <summary>Turn every limit off (a private deployment, a benchmark). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>/search and /api/search. Default: bursts of 30, then 60 a minute.</summary>
    [Required]
    public Bucket Search { get; set; } = new() { Burst = 30, PerMinute = 60 };

    /// <summary>Posting an article to /analyze or /api/analyze. Default: bursts of 10, then 10 a minute.</summary>
    [Required]
    public Bucket Analyze { get; set; } = new() { Burst = 10, PerMinute = 10 };

    /// <summary>The rest of /api, the OpenAPI document and the exports. Default: bursts of 120, then 600 a minute.</summary>
    [Required]
    public Bucket Api { get; set; } = new() { Burst = 120, PerMinute = 600 };

    /// <summary>
    /// Searches, analyses and exports that may run at once across all clients (default 8), so that one client's
    /// burst cannot take every core from the others; more wait in a short queue, then get 429.
    /// </summary>
    [Range(1, 1000)]
    public int ExpensiveConcurrency { get; set; } = 8;

    /// <summary>Expensive requests that may wait for a free slot (default 16).</summary>
    [Range(0, 10_000)]
    public int ExpensiveQueue { get; set; } = 16;

    // Nested settings are not validated by their attributes alone, so each bucket is checked here by name.
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, bucket) in new[] { ("Search", Search), ("Analyze", Analyze), ("Api", Api) })
        {
            if (bucket.Burst is < 1 or > 1_000_000)
            {
                yield return new ValidationResult($"{Section}:{name}:Burst must be between 1 and 1,000,000 (it is {bucket.Burst}).", [name]);
            }

            if (bucket.PerMinute is < 1 or > 60_000_000)
            {
                yield return new ValidationResult($"{Section}:{name}:PerMinute must be between 1 and 60,000,000 (it is {bucket.PerMinute}).", [name]);
            }
        }
    }

    public sealed class Bucket
    {
        public int Burst { get; set; }

        public int PerMinute { get; set; }
    }
}
