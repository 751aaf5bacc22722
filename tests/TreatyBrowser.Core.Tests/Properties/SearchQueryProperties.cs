using CsCheck;
using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Tests.Extraction;

namespace TreatyBrowser.Core.Tests.Properties;

/// <summary>
/// Whatever a reader types into the search box, search answers (results or a notice) and never throws; its highlighted
/// snippets contain no markup but our own <c>&lt;mark&gt;</c>; and the same query gives the same answer.
/// </summary>
public sealed class SearchQueryProperties
{
    private static readonly Gen<string> QueryPieces = Gen.OneOf<string>(
        "joint", "exercises", "defence", "defense", "interbank", "inter-bank", "military-technical", "Iran", "Russia", "treaty",
        "\"", "\"joint exercises\"", "(", ")", "[", "]", "{", "}", "AND", "OR", "NOT", "and", "or", "&&", "||", "!", "+", "-",
        "*", "?", "~", "~2", "^", "^3", ":", "text:", "category:", "\\", "/", "/.*/", "TO", "[a TO z]", "'", "’", " ", "  ", "\t", "\n",
        "\0", "\u001b", "\u200b", "\ufeff", "\ud800", "\udfff", "\ud83d\ude00", "Москва", "北京", "<script>", "&amp;", "%", "%22");

    private static readonly Gen<string> Queries = Gen.Frequency((10, QueryPieces), (2, Gen.Char.Select(c => c.ToString())))
        .Array[0, 40]
        .Select(string.Concat);

    // Marks are data: each within the text, in order, none overlapping another, none empty.
    private static void AssertMarksInOrderWithinTheText(MarkedText snippet)
    {
        var at = 0;
        foreach (var mark in snippet.Marks)
        {
            Assert.True(mark.Start >= at && mark.End > mark.Start && mark.End <= snippet.Text.Length, $"mark {mark} in “{snippet.Text}”");
            at = mark.End;
        }
    }

    [Fact]
    public void Any_query_is_answered_with_marks_inside_the_text_and_the_same_way_twice() =>
        Queries.Sample(query =>
        {
            // A budget no search here reaches: this property is about markup and sameness, and a search stopped by a
            // budget on a busy machine would rightly differ from one that was not (SearchBudgetTests covers budgets).
            var index = SeedModelTests.Corpus.Search;
            var first = index.Search(new SearchRequest(query) { TimeBudget = TimeSpan.FromMinutes(5) });
            var again = index.Search(new SearchRequest(query) { TimeBudget = TimeSpan.FromMinutes(5) });

            var snippets = first.Clauses.SelectMany(c => c.Evidence is null ? new[] { c.Statement } : [c.Statement, c.Evidence])
                .Concat(first.Sentences.Select(s => s.Text));
            Assert.All(snippets, AssertMarksInOrderWithinTheText);
            Assert.Equal(first.Clauses.Select(c => c.ClauseId), again.Clauses.Select(c => c.ClauseId));
            Assert.Equal(first.Sentences.Select(s => (s.DocumentId, s.SentenceId)), again.Sentences.Select(s => (s.DocumentId, s.SentenceId)));
            Assert.All(first.Sentences, s => Assert.NotNull(SeedModelTests.Corpus.FindDocument(s.DocumentId)));
        }, iter: 1_000);

    [Fact]
    public void Filters_and_pages_of_any_value_are_answered_too() =>
        Gen.Select(Queries, Gen.Frequency((1, Gen.Const((string?)null)), (1, Queries.Select(q => (string?)q))), Gen.Int[-5, 1_000_000]).Sample((query, filter, page) =>
        {
            var results = SeedModelTests.Corpus.Search.Search(new SearchRequest(query, Category: filter, Treaty: filter, Document: filter, Page: page) { TimeBudget = TimeSpan.FromMinutes(5) });
            Assert.NotNull(results);
        }, iter: 300);
}
