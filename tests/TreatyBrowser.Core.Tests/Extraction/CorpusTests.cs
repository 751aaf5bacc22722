using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>A corpus of our own: two treaties, three articles about one of them, and one about neither.</summary>
public sealed class CorpusTests
{
    internal static readonly string Folder = Path.Combine(TestFiles.ArticlesFolder, "corpus");

    private static readonly Corpus Corpus = CorpusBuilder.Build(SeedFolder.Read(Folder), new ExtractionPipeline());

    private static Treaty Baltic => Corpus.FindTreaty("estonia-finland-mutual-defence-treaty")!;

    [Fact]
    public void Documents_are_grouped_by_named_treaty_by_parties_or_as_an_unidentified_agreement_of_their_own()
    {
        Assert.Equal(
            ["chile-vietnam-trade-agreement: chile-vietnam-trade",
                "estonia-finland-mutual-defence-treaty: baltic-ledger-treaty-signed, baltic-review-doubts, baltic-wire-brief", "unidentified-summit-notes: summit-notes"],
            Corpus.Treaties.Select(t => $"{t.Id}: {string.Join(", ", t.DocumentIds.Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal));
        var unidentified = Corpus.FindTreaty("unidentified-summit-notes")!;
        Assert.True(unidentified.NameInferred);
        Assert.StartsWith("Unidentified agreement: ", unidentified.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provision_reported_by_three_articles_is_one_clause_with_evidence_from_each()
    {
        var exercises = Baltic.FindClause("defence", "joint-military-exercises")!;
        Assert.Equal(["baltic-ledger-treaty-signed", "baltic-review-doubts", "baltic-wire-brief"], exercises.Sources);
        Assert.Equal(2, Baltic.FindClause("intelligence", "intelligence-exchange")!.Sources.Length);
    }

    [Fact]
    public void Reports_that_disagree_make_a_disputed_clause_with_both_sides()
    {
        var defence = Baltic.FindClause("defence", "mutual-defence")!;
        Assert.True(defence.Disputed);
        Assert.Equal(
            ["baltic-ledger-treaty-signed#s-2 commitment", "baltic-review-doubts#s-1 absent"],
            defence.Evidence.Select(e => $"{e.DocumentId}#{e.SentenceId} {e.Modality.ToString().ToLowerInvariant()}"));
        Assert.Equal(ObligationValue.Disputed, Baltic.Profile.Single(p => p.Type == "defence").Value);
    }

    [Fact]
    public void Timeline_events_merge_across_sources_and_a_different_date_is_shown_as_a_conflict()
    {
        var signed = Assert.Single(Baltic.Timeline.Events, e => e.Type == EventType.Signature);
        Assert.Equal("2024-03-14", signed.When.Date?.Iso);
        Assert.Equal(["baltic-review-doubts"], signed.CorroboratingReports.Select(r => r.DocumentId));
        var conflict = Assert.Single(signed.ConflictingReports);
        Assert.Equal(("baltic-wire-brief", "2024-03-12"), (conflict.DocumentId, conflict.When.Date?.Iso));
    }

    [Fact]
    public void The_trade_pact_states_no_mutual_defence_and_the_other_treaty_is_unaffected()
    {
        var trade = Corpus.FindTreaty("chile-vietnam-trade-agreement")!;
        Assert.Equal(ObligationValue.StatedAbsent, trade.Profile.Single(p => p.Type == "defence").Value);
        Assert.Equal(["chile-vietnam-trade"], trade.Clauses.SelectMany(c => c.Sources).Distinct());
    }
}
