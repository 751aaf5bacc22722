using TreatyBrowser.Core.Search;
using TreatyBrowser.Core.Tests.Extraction;

namespace TreatyBrowser.Core.Tests.Search;

public sealed class SeedSearchTests
{
    private static readonly Corpus Corpus = SeedModelTests.Corpus;

    private static SearchResults Search(string q, string? category = null, int page = 1) => Corpus.Search.Search(new SearchRequest(q, category, Page: page));

    private static string[] SentenceIds(SearchResults r) => [.. r.Sentences.Select(s => s.SentenceId)];

    [Fact]
    public void Defense_finds_the_sentences_that_say_defence()
    {
        var r = Search("defense");
        Assert.Equal(["h-2", "s-2", "s-6", "s-8"], SentenceIds(r).Order(StringComparer.Ordinal));
        Assert.Contains(r.Sentences, s => s.Text.MarkedWords.Contains("defence"));
    }

    [Fact]
    public void Quoted_joint_exercises_finds_the_clause_and_both_sentences_that_report_it()
    {
        var r = Search("\"joint exercises\"");
        Assert.Equal("joint-military-exercises", Assert.Single(r.Clauses).ClauseId);
        Assert.Equal(["s-10", "s-8"], SentenceIds(r).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Intelligence_in_category_defence_finds_nothing_but_in_intelligence_finds_the_exchange_clause()
    {
        Assert.Equal(0, Search("intelligence", "defence").Total);
        var r = Search("intelligence", "intelligence");
        Assert.Equal("intelligence-exchange", Assert.Single(r.Clauses).ClauseId);
    }

    [Fact]
    public void Aggressor_ranks_the_non_assistance_clause_first()
    {
        Assert.Equal("non-assistance-to-aggressor", Search("aggressor").Clauses[0].ClauseId);
    }

    [Theory]
    [InlineData("interbank")]
    [InlineData("inter-bank")]
    [InlineData("Interbank partnerships")]
    public void Interbank_in_either_spelling_finds_the_interbank_clause(string q)
    {
        Assert.Equal("interbank-cooperation", Search(q).Clauses.FirstOrDefault()?.ClauseId);
    }

    [Theory]
    [InlineData("military-technical")]
    [InlineData("military technical")]
    [InlineData("technical")]
    [InlineData("\"military-technical cooperation\"")]
    public void Hyphenated_terms_are_found_by_their_parts_and_as_a_whole(string q)
    {
        Assert.Contains(Search(q).Clauses, c => c.ClauseId == "military-technical-cooperation");
    }

    [Fact]
    public void Drills_finds_exercises_through_the_synonym_list()
    {
        Assert.Contains(Search("drills").Clauses, c => c.ClauseId == "joint-military-exercises");
    }

    [Fact]
    public void Pact_finds_sentences_that_say_agreement_or_treaty()
    {
        var ids = SentenceIds(Search("pact"));
        Assert.Contains("s-6", ids);
        Assert.Contains("s-8", ids);
    }

    [Fact]
    public void Possessives_are_findable_by_the_name()
    {
        Assert.Contains("s-1", SentenceIds(Search("Iran parliament")));
    }

    [Theory]
    [InlineData("milit*", "s-3")]
    [InlineData("aggressor OR tariffs", "s-14")]
    [InlineData("exercises NOT training", "s-8")]
    [InlineData("exercises AND training", "s-10")]
    public void Prefix_and_boolean_operators_work(string q, string expectedSentence)
    {
        Assert.Contains(expectedSentence, SentenceIds(Search(q)));
    }

    [Fact]
    public void Not_excludes_what_it_names()
    {
        Assert.DoesNotContain("s-10", SentenceIds(Search("exercises NOT training")));
    }

    [Fact]
    public void A_hit_carries_the_sentence_as_written_and_the_offsets_of_its_matches()
    {
        var r = Search("Charter");
        var hit = Assert.Single(r.Sentences, s => s.SentenceId == "s-11");
        Assert.Equal(SeedModelTests.Corpus.FindDocument(hit.DocumentId)!.Sentences.Single(s => s.Id == "s-11").Text, hit.Text.Text);
        Assert.Equal(["Charter"], hit.Text.MarkedWords);
    }

    [Fact]
    public void Category_counts_let_a_reader_narrow_the_results()
    {
        var r = Search("exercises");
        Assert.Equal(3, r.CategoryCounts["defence"]);
        Assert.Equal(0, r.CategoryCounts["economic"]);
    }

    [Fact]
    public void No_results_suggests_close_words_from_the_index()
    {
        var r = Search("sanctons");
        Assert.Equal(0, r.Total);
        Assert.Contains("sanctions", r.Suggestions);
    }

    [Fact]
    public void Pages_split_clauses_then_sentences()
    {
        const string q = "Iran OR Russia OR agreement";
        var all = Corpus.Search.Search(new SearchRequest(q) { PageSize = 100 }, TestContext.Current.CancellationToken);
        var pages = Enumerable.Range(1, 4).Select(p => Corpus.Search.Search(new SearchRequest(q, Page: p) { PageSize = 5 })).ToList();
        Assert.Equal(all.Total, pages[0].Total);
        Assert.Equal((all.Total + 4) / 5, pages[0].PageCount);
        var paged = pages.SelectMany(p => p.Clauses.Select(c => "c:" + c.ClauseId).Concat(p.Sentences.Select(s => "s:" + s.SentenceId))).ToList();
        var whole = all.Clauses.Select(c => "c:" + c.ClauseId).Concat(all.Sentences.Select(s => "s:" + s.SentenceId)).Take(20).ToList();
        Assert.Equal(whole, paged);
    }
}
