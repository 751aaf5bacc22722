using System.Collections.Immutable;

namespace TreatyBrowser.Core.Search;

/// <summary>What a reader asked for. Null filters mean "any".</summary>
/// <param name="Query">The query text (words, "phrases", prefix*, AND / OR / NOT).</param>
/// <param name="Category">Only hits of this category.</param>
/// <param name="Treaty">Only hits of this treaty.</param>
/// <param name="Document">Only hits from this document.</param>
/// <param name="Page">One-based page number.</param>
public sealed record SearchRequest(string Query, string? Category = null, string? Treaty = null, string? Document = null, int Page = 1)
{
    /// <summary>Longer queries are refused: no real question about a treaty is this long.</summary>
    public const int MaxQueryLength = 500;

    /// <summary>Hits per page unless asked otherwise.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>Hits per page (1 to 100).</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Only hits of one of these treaties (the treaties of a party, say); null for any, empty for none.</summary>
    public IReadOnlyCollection<string>? AnyTreaty { get; init; }

    /// <summary>Only hits reported by one of these documents (those published in a period); null for any, empty for none.</summary>
    public IReadOnlyCollection<string>? AnyDocument { get; init; }

    /// <summary>The time the search may take before it stops with what it has found.</summary>
    public TimeSpan TimeBudget { get; init; } = DefaultTimeBudget;

    /// <summary>A search stops after this long unless told otherwise.</summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(1);
}

/// <summary>A matching clause: its statement and, when its evidence matched, a snippet of it, matches marked.</summary>
public sealed record ClauseHit(string TreatyId, string Category, string ClauseId, string Modality, MarkedText Statement, MarkedText? Evidence, float Score);

/// <summary>A matching sentence, with the words that matched marked.</summary>
public sealed record SentenceHit(string DocumentId, string SentenceId, string? TreatyId, ImmutableArray<string> Categories, MarkedText Text, float Score);

/// <summary>
/// One page of results: clauses first, then sentences. Matches are offsets (<see cref="MarkedText"/>), never markup:
/// the reader renders them.
/// </summary>
public sealed record SearchResults(
    SearchRequest Request,
    int TotalClauses,
    int TotalSentences,
    ImmutableArray<ClauseHit> Clauses,
    ImmutableArray<SentenceHit> Sentences,
    ImmutableDictionary<string, int> CategoryCounts,
    ImmutableArray<string> Suggestions,
    string? Notice)
{
    /// <summary>Every hit, clauses and sentences.</summary>
    public int Total => TotalClauses + TotalSentences;

    /// <summary>How many pages the hits fill.</summary>
    public int PageCount => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
}
