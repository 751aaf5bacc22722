using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Tests.Extraction;

namespace TreatyBrowser.Core.Tests.Search;

/// <summary>
/// Every search is bounded: by a time budget, by its caller leaving, and by refusing regular expressions and
/// wildcards whose automaton would grow before the budget is asked.
/// </summary>
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
    [InlineData("/(.*){9999}/", "regular expressions (/…/) are not supported")]
    [InlineData("treaty AND /[a-z]+{500}/", "regular expressions (/…/) are not supported")]
    [InlineData("/.*/", "regular expressions (/…/) are not supported")]
    [InlineData("b*a????????????????", "too many wildcards")]
    [InlineData("ex?????se", "too many wildcards")]
    [InlineData("e*xercises", "too many wildcards")]
    [InlineData("treaty AND ex*rc*s*s**", "too many wildcards")]
    [InlineData("exercisesexercisesexercisesexerc?ses", "too many wildcards")]
    public void A_query_whose_automaton_could_grow_is_refused_before_it_is_built(string query, string reason)
    {
        Assert.Contains(reason, Index.Refusal(query), StringComparison.Ordinal);
        var results = Index.Search(new SearchRequest(query), TestContext.Current.CancellationToken);
        Assert.Empty(results.Sentences);
        Assert.StartsWith("Not searched: ", results.Notice, StringComparison.Ordinal);
        Assert.Contains(reason, results.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_word_searched_approximately_is_refused()
    {
        Assert.Contains("too long to search approximately", Index.Refusal("exercisesexercisesexercisesexercises~"), StringComparison.Ordinal);
    }

    // Wildcards match the index's stemmed terms ("exercis", "militari"), as Lucene's do.
    [Theory]
    [InlineData("exerc?s")]
    [InlineData("mil*ari")]
    [InlineData("exercizes~")]
    public void A_wildcard_or_fuzzy_word_within_bounds_finds_its_hits(string query)
    {
        Assert.Null(Index.Refusal(query));
        Assert.NotEmpty(Index.Search(new SearchRequest(query), TestContext.Current.CancellationToken).Sentences);
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
