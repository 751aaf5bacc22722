using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages.Sentences;


namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>
/// Statements a reader can quote and ids a reader can paste: the wording of open provisions, from the words of the
/// provision after its frame and the subject before it.
/// </summary>
public sealed class ClauseWordingTests
{
    private static readonly ClauseWording Wording = new(new CompiledLexicon(Lexicon.Default), Gazetteer.Default);

    [Theory]
    [InlineData("swap classified vessel-tracking records every month", null, "Swap classified vessel-tracking records every month")]
    [InlineData("be cut in half", "tariffs on whisky and gin", "Tariffs on whisky and gin cut in half")]
    [InlineData("be fundamentally transformed", "the continent's economic fortunes", "The continent's economic fortunes fundamentally transformed")]
    [InlineData("carry 50bn cubic metres of gas a year from Russia via Mongolia", "the pipeline", "The pipeline to carry 50bn cubic metres of gas a year")]
    [InlineData("not be used by any third party for security purposes", "critical infrastructure", "Critical infrastructure not used by any third party for security purposes")]
    [InlineData("be a sixth-generation fighter", "the new aircraft", "The new aircraft to be a sixth-generation fighter")]
    [InlineData("does not include any arrangement for pooling satellite imagery", null, "No arrangement for pooling satellite imagery")]
    [InlineData("reinforcing direct interbank partnerships", null, "Direct interbank partnerships reinforced")]
    [InlineData("removing tariffs on beef, which farmers had sought for years", null, "Tariffs on beef removed")]
    [InlineData("cutting tariffs on lentils", null, "Tariffs on lentils cut")]
    [InlineData("help the \"two navies\" coordinate (within agreed limits) rescue missions", null, "Help the two navies coordinate rescue missions")]
    [InlineData("help strengthen financial cooperation", "It \"", "Help strengthen financial cooperation")]
    [InlineData("add a potent force multiplier to the navy's carriers", "Inducting the new jets", "Add a potent force multiplier to the navy's carriers")]
    [InlineData("open their markets to each other's farm goods", "Britain and India", "Open their markets to each other's farm goods")]
    [InlineData("lift two-way trade tenfold", "Wang added that the accord", "Lift two-way trade tenfold")]
    [InlineData("drop from 15% to 3% under the deal", "tariffs on cars", "Tariffs on cars to drop from 15% to 3%")]
    public void A_statement_is_a_short_complete_phrase_in_the_articles_words(string phrase, string? subject, string statement) =>
        Assert.Equal(statement, Wording.Statement(phrase, subject));

    [Theory]
    [InlineData("give priority to each other’s firms in tenders for military equipment, naval repairs and training of cadets at the academies")]
    [InlineData("establish \"a joint commission that will meet twice a year in each capital")]
    [InlineData("working together against common threats, developing cooperation in ports and railways, and opening new routes")]
    public void A_statement_is_at_most_twelve_words_with_no_quote_mark_and_no_dangling_word(string phrase)
    {
        var statement = Wording.Statement(phrase);
        var words = statement.Split(' ');
        Assert.InRange(words.Length, 2, ClauseWording.StatementWords);
        Assert.DoesNotContain('"', statement);
        Assert.DoesNotContain(words[^1], new[] { "and", "or", "of", "to", "the", "in", "for", "with", "a" });
        Assert.True(char.IsUpper(statement[0]), statement);
    }

    [Theory]
    [InlineData("Tariffs on beef removed", "tariffs-beef-removed")]
    [InlineData("AUKUS submarines to be based in Belarus", "aukus-submarines-based-belarus")]
    [InlineData("Clashes between the nuclear-armed neighbours", "clashes-nuclear-armed-neighbours")]
    [InlineData("Australia's programme to acquire nuclear-powered submarines", "australia-programme-acquire-nuclear-powered")]
    [InlineData("Visits by Defence Minister Richard Marles to Manila", "visits-manila")]
    [InlineData("Foreign Secretary Theresa Lazaro to attend the drills", "attend-drills")]
    public void An_id_keeps_the_words_as_written_without_names_of_people(string statement, string id) =>
        Assert.Equal(id, Wording.Key(statement));
}
