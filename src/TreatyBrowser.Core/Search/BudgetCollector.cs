using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// Passes hits on to another collector until the search's time budget is spent or its caller gives up (the reader
/// left), then stops the search: what was collected so far is kept, and the results say they stopped.
/// </summary>
internal sealed class BudgetCollector(ICollector inner, SearchBudget budget) : ICollector
{
    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        budget.ThrowIfSpent();
        inner.SetNextReader(context);
    }

    // Reading the clock costs more than collecting a hit: look at it every 1,024 hits (and at every segment).
    private int _sinceCheck;

    public void Collect(int doc)
    {
        if (++_sinceCheck >= 1024)
        {
            _sinceCheck = 0;
            budget.ThrowIfSpent();
        }

        inner.Collect(doc);
    }
}

/// <summary>The time one search may take, and the caller's cancellation, checked as hits are collected.</summary>
internal sealed class SearchBudget(TimeSpan allowed, CancellationToken cancellation)
{
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

    public TimeSpan Allowed { get; } = allowed;

    public void ThrowIfSpent()
    {
        cancellation.ThrowIfCancellationRequested();
        if (System.Diagnostics.Stopwatch.GetElapsedTime(_started) >= Allowed)
        {
            throw new SearchBudgetSpentException();
        }
    }
}

/// <summary>Thrown inside a search whose budget is spent; the search keeps what it had.</summary>
internal sealed class SearchBudgetSpentException : Exception;
