using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Loading;

public sealed class SentenceSplitterTests
{
    private static string[] Body(string text) =>
        [.. DocumentLoader.Load("test.txt", text).Sentences.Where(s => s.Role == SentenceRole.Body).Select(s => s.Text)];

    [Theory]
    [InlineData("The U.N. Charter applies. The parties agree.", "The U.N. Charter applies.|The parties agree.")]
    [InlineData("Talks with the U.S. ended. The envoy left.", "Talks with the U.S. ended.|The envoy left.")]
    [InlineData("Mr. Lavrov met Dr. Araghchi in Moscow. They spoke.", "Mr. Lavrov met Dr. Araghchi in Moscow.|They spoke.")]
    [InlineData("It was signed on Jan. 17 in Moscow. Later it was ratified.", "It was signed on Jan. 17 in Moscow.|Later it was ratified.")]
    [InlineData("Article No. 5 sets the term. Tariffs fall by 3.5 percent.", "Article No. 5 sets the term.|Tariffs fall by 3.5 percent.")]
    [InlineData("He called it “a new era of cooperation.” Critics disagreed.", "He called it “a new era of cooperation.”|Critics disagreed.")]
    [InlineData("Is this an alliance? Not quite, officials say.", "Is this an alliance?|Not quite, officials say.")]
    [InlineData("President Vladimir V. Putin signed it. Iran followed.", "President Vladimir V. Putin signed it.|Iran followed.")]
    [InlineData("The pact ends in 2045… or later, some say. Nobody knows.", "The pact ends in 2045… or later, some say.|Nobody knows.")]
    public void Splits_news_prose_where_a_reader_would(string paragraph, string expected)
    {
        Assert.Equal(expected.Split('|'), Body(paragraph));
    }

    [Fact]
    public void A_short_question_on_its_own_line_is_a_heading_not_body()
    {
        var doc = DocumentLoader.Load("q.txt", "The pact was signed. It runs twenty years.\nWhat does it mean?\nIt means closer ties.");
        Assert.Equal(["h-1"], doc.Sentences.Where(s => s.Role == SentenceRole.Heading).Select(s => s.Id));
        Assert.Equal(["s-1", "s-2", "s-3"], doc.BodySentences.Select(s => s.Id));
    }

    [Fact]
    public void Without_front_matter_the_dateline_gives_place_and_outlet_and_the_rest_stays_unknown()
    {
        var doc = DocumentLoader.Load("d.txt", "ANKARA (Harbour Post) — Two states signed an accord. It covers trade.");
        Assert.Equal("Ankara", doc.Metadata.Place);
        Assert.Equal("Harbour Post", doc.Metadata.Outlet);
        Assert.Equal(["place", "outlet"], doc.Metadata.Inferred);
        Assert.Null(doc.Metadata.Published);
        Assert.Null(doc.Metadata.Treaty);
        Assert.Equal("Two states signed an accord.", doc.BodySentences.First().Text);
    }

    [Fact]
    public void A_sentence_opening_with_a_dash_aside_is_not_a_dateline()
    {
        var doc = DocumentLoader.Load("d.txt", "Russia – a long-time partner – signed the accord.");
        Assert.DoesNotContain(doc.Sentences, s => s.Role == SentenceRole.Dateline);
        Assert.Null(doc.Metadata.Place);
    }

    [Fact]
    public void Markdown_headings_and_paragraphs_keep_exact_offsets()
    {
        const string text = "---\npublished: 2024-03-01\n---\n# Accord signed\n\nThe two states *signed* a pact. It runs ten years.\n\n## Terms\n\n- Each will consult the other.\n";
        var doc = DocumentLoader.Load("a.md", text);
        Assert.Equal("Accord signed", doc.Metadata.Title);
        Assert.Equal(["Accord signed", "The two states *signed* a pact.", "It runs ten years.", "Terms", "Each will consult the other."],
            doc.Sentences.Select(s => s.Text));
        Assert.All(doc.Sentences, s => Assert.Equal(s.Text, text[s.Start..s.End]));
        Assert.Equal([SentenceRole.Heading, SentenceRole.Body, SentenceRole.Body, SentenceRole.Heading, SentenceRole.Body], doc.Sentences.Select(s => s.Role));
    }
}
