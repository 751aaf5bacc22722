using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Stages.Sentences;

namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>
/// A provision is something the agreement does. On an article of our own: sentences that carry cue words but report
/// background, praise, people or other agreements give no clause and no category of content; provisions told in
/// nominal style, in the passive or as a prohibition give one each, worded as a reader would quote it.
/// </summary>
public sealed class ProvisionTestTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    private static readonly Lazy<(SourceDocument Document, Treaty Treaty)> Read = new(() =>
    {
        var path = Path.Combine(TestFiles.ArticlesFolder, "provisions", "cod-accord.txt");
        var analysis = Pipeline.Analyze(DocumentLoader.Load(Path.GetFileName(path), File.ReadAllBytes(path)));
        return (analysis.Document, Pipeline.BuildTreaties([analysis])[0]);
    });

    private static Sentence SentenceStarting(string start) => Read.Value.Document.Sentences.Single(s => s.Text.StartsWith(start, StringComparison.Ordinal));

    private static IEnumerable<Clause> ClausesOf(Sentence sentence) => Read.Value.Treaty.Clauses.Where(c => c.Evidence.Any(e => e.SentenceId == sentence.Id));

    [Theory]
    [InlineData("Defence Minister Ingrid Solberg")] // a person, a title, praise, drills and security
    [InlineData("Norway already has similar defence agreements")] // another agreement, before this one
    [InlineData("Oil prices rose sharply")] // an oil price, a trade war: background
    public void A_background_sentence_with_cue_words_gives_no_clause_and_no_category(string start)
    {
        var sentence = SentenceStarting(start);
        Assert.Empty(ClausesOf(sentence));
        Assert.Equal(["context"], sentence.Categories.Select(c => c.Category));
    }

    [Fact]
    public void The_signing_with_its_description_is_an_event_not_a_provision()
    {
        Assert.Empty(ClausesOf(SentenceStarting("REYKJAVIK")));
    }

    [Theory]
    [InlineData("The accord lifts tariffs", "economic", Modality.Commitment, "Lifts tariffs on dried cod", "lifts-tariffs-dried-cod")]
    [InlineData("The two coastguards", "intelligence", Modality.Commitment, "Swap classified vessel-tracking records every month", "swap-classified-vessel-tracking-records")]
    [InlineData("Under the accord, duties", "economic", Modality.Commitment, "Duties on salted herring cut in half", "duties-salted-herring-cut-half")]
    [InlineData("Neither country", "defence", Modality.Prohibition, "Allow foreign warships to anchor in its northern fjords", "allow-foreign-warships-anchor-northern")]
    public void A_provision_gives_one_clause_with_a_clean_statement_and_id(string start, string category, Modality modality, string statement, string id)
    {
        var clause = Assert.Single(ClausesOf(SentenceStarting(start)), c => c.Category == category);
        Assert.Equal(statement, clause.Statement);
        Assert.Equal(id, clause.Id);
        Assert.Equal(modality, clause.Modality);
        Assert.All(clause.Evidence, e => Assert.False(string.IsNullOrEmpty(e.ModalityCue) && modality != Modality.Commitment));
    }

    [Fact]
    public void A_prohibition_and_a_commitment_say_which_words_decided_them()
    {
        var clause = Assert.Single(ClausesOf(SentenceStarting("Neither country")));
        Assert.Equal("Neither country will", clause.Evidence[0].ModalityCue);
        Assert.Equal("will", Assert.Single(ClausesOf(SentenceStarting("The two coastguards"))).Evidence[0].ModalityCue);
    }

    [Fact]
    public void A_reworded_open_clause_remembers_the_id_it_had_before()
    {
        var clause = Assert.Single(ClausesOf(SentenceStarting("The two coastguards")));
        Assert.Equal(["swap-classified-vessel-tracking-record-every"], clause.FormerIds);
        Assert.Equal("swap-classified-vessel-tracking-record-every", LegacyClauseIds.Of("swap classified vessel-tracking records every month"));
    }
}
