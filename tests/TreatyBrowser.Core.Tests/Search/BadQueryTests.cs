using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Tests.Extraction;

namespace TreatyBrowser.Core.Tests.Search;

/// <summary>Nothing a reader can type makes search fail.</summary>
public sealed class BadQueryTests
{
    private static SearchResults Search(string q) => SeedModelTests.Corpus.Search.Search(new SearchRequest(q));

    [Theory]
    [InlineData("\"joint exercises", "s-8")]
    [InlineData("(joint exercises", "s-8")]
    [InlineData("joint exercises)", "s-8")]
    [InlineData("joint [exercises", "s-8")]
    [InlineData("AND exercises", "s-8")]
    [InlineData("exercises OR", "s-8")]
    [InlineData("exercises NOT", "s-8")]
    [InlineData("exercises\u0000\u0007\u001b", "s-8")]
    [InlineData("exercises 🚀", "s-8")]
    [InlineData("exercises:", "s-8")]
    [InlineData("exercises^", "s-8")]
    [InlineData("~exercises", "s-8")]
    public void A_malformed_query_still_finds_its_words(string q, string expected)
    {
        var r = Search(q);
        Assert.Contains(expected, r.Sentences.Select(s => s.SentenceId));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("AND")]
    [InlineData("NOT")]
    [InlineData("\"")]
    [InlineData("()")]
    [InlineData("🚀")]
    [InlineData("\u0000")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("the and of")]
    public void A_query_with_nothing_to_search_gives_no_results_and_no_error(string q)
    {
        var r = Search(q);
        Assert.Equal(0, r.Total);
    }

    [Fact]
    public void A_query_that_could_not_be_parsed_says_so()
    {
        Assert.Contains("could not be read", Search("\"joint exercises").Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_number_of_terms_does_not_fail()
    {
        var r = Search(string.Join(" OR ", Enumerable.Range(0, 2000).Select(i => $"w{i}")));
        Assert.Equal(0, r.Total);
    }
}
