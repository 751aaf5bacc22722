using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Tests.Extraction;

namespace TreatyBrowser.Core.Tests.Search;

/// <summary>Every search is bounded: by a time budget, by its caller leaving, and by refusing regular expressions.</summary>
public sealed class SearchBudgetTests
{
    private static SearchIndex Index => SeedModelTests.Corpus.Search;

    [Fact]
    public void A_search_whose_budget_is_spent_stops_and_says_so()
    {
        var results = Index.Search(new SearchRequest("exercises") { TimeBudget = TimeSpan.Zero }, TestContext.Current.CancellationToken);
        Assert.Empty(results.Sentences);
        Assert.StartsWith("The search stopped at its time budget (0 ms)", results.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_search_within_its_budget_finds_its_hits()
    {
        var results = Index.Search(new SearchRequest("exercises"), TestContext.Current.CancellationToken);
        Assert.NotEmpty(results.Sentences);
        Assert.Null(results.Notice);
    }

    [Fact]
    public void A_search_whose_reader_left_is_abandoned()
    {
        using var left = new CancellationTokenSource();
        left.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Index.Search(new SearchRequest("exercises"), left.Token));
    }

    [Theory]
    [InlineData("/(.*){9999}/")]
    [InlineData("treaty AND /[a-z]+{500}/")]
    [InlineData("/.*/")]
    public void A_regular_expression_is_refused_before_its_automaton_is_built(string query)
    {
        Assert.StartsWith("regular expressions (/…/) are not supported", Index.Refusal(query), StringComparison.Ordinal);
        var results = Index.Search(new SearchRequest(query), TestContext.Current.CancellationToken);
        Assert.Empty(results.Sentences);
        Assert.StartsWith("Not searched: regular expressions", results.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exercises")]
    [InlineData("\"joint exercises\"")]
    [InlineData("milit*")]
    [InlineData("defence/security")]
    public void Ordinary_queries_are_not_refused(string query)
    {
        Assert.Null(Index.Refusal(query));
    }
}
