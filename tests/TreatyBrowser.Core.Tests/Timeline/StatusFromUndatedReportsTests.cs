using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Tests.Timeline;

/// <summary>The status table from reports that give no date: signed in other words, in force, a step still pending. Our own text.</summary>
public sealed class StatusFromUndatedReportsTests
{
    private const string Article = """
        ---
        treaty: Chile–Peru Fisheries Agreement
        parties: [Chile, Peru]
        ---
        LIMA (Coast Courier) – The ministers of Chile and Peru formally put their names to the fisheries agreement at a ceremony in Lima.
        The agreement has entered into force, the foreign ministry said.
        Chile's Senate approved the agreement, while Peru's approval is still pending.
        """;

    [Fact]
    public void Putting_names_to_the_agreement_is_a_signature_entry_into_force_fills_every_party_and_a_pending_step_is_not_done()
    {
        var corpus = CorpusBuilder.Build(new SeedFolderContents([DocumentLoader.Load("fisheries.txt", Article)], []), new ExtractionPipeline(),
            cancellationToken: TestContext.Current.CancellationToken);
        var status = corpus.Treaties.Single().Timeline.Status.ToDictionary(r => r.Party);
        Assert.All(status.Values, r => Assert.Equal("s-1", r.Signed?.SentenceId));
        Assert.All(status.Values, r => Assert.Equal("s-2", r.InForce?.SentenceId));
        // "Approved" is what the report says, so that is the column: it does not call the step ratification.
        Assert.Equal("s-3", status["Chile"].Approved?.SentenceId);
        Assert.Null(status["Chile"].Ratified);
        Assert.True(status["Peru"].Approved is null or { Expected: true });
        Assert.Null(status["Peru"].Ratified);
    }
}
