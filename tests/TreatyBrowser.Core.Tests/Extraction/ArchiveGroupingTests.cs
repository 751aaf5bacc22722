using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>
/// An archive of our own, saved as plain texts with no front matter: which treaty each article reports, its name and
/// all its parties, when several agreements (some between the same parties) are in one folder.
/// </summary>
public sealed class ArchiveGroupingTests
{
    private static readonly Corpus Corpus = CorpusBuilder.Build(SeedFolder.Read(Path.Combine(TestFiles.ArticlesFolder, "archive")), new ExtractionPipeline());

    private static Treaty Of(string document) => Corpus.TreatyOf(document)!;

    [Fact]
    public void An_agreement_the_article_only_mentions_is_listed_as_mentioned_never_the_name()
    {
        var treaty = Of("kenya-tanzania-border-pact");
        Assert.DoesNotContain("East African", treaty.Name, StringComparison.Ordinal);
        Assert.True(treaty.NameInferred);
        Assert.Equal(["Kenya", "Tanzania"], treaty.Parties);
        var mentioned = Assert.Single(treaty.Identity.Mentioned);
        Assert.Equal("Treaty Establishing the East African Community", mentioned.Name);
        Assert.Equal(("kenya-tanzania-border-pact", "s-3"), (mentioned.DocumentId, mentioned.SentenceId));
    }

    [Fact]
    public void A_multilateral_agreement_keeps_every_party_and_the_city_it_was_signed_in_is_not_one()
    {
        var treaty = Of("mekong-sediment-accord");
        Assert.Equal("Mekong Sediment Sharing Accord (MSSA)", treaty.Name);
        Assert.Equal(["Cambodia", "Laos", "Thailand", "Vietnam"], treaty.Parties);
        Assert.All(treaty.Identity.PartySources, p => Assert.Equal("mekong-sediment-accord", p.DocumentId));
    }

    [Fact]
    public void An_organisation_whose_members_the_text_counts_gives_its_member_states_as_parties()
    {
        var treaty = Of("asean-japan-customs-protocol");
        Assert.Equal(
            ["Brunei", "Cambodia", "Indonesia", "Japan", "Laos", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Vietnam"],
            treaty.Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reports_at_different_stages_under_its_full_name_and_its_acronym_are_one_treaty_with_the_most_specific_name()
    {
        var signed = Of("chile-peru-fisheries-signed");
        Assert.Same(signed, Of("chile-peru-fisheries-ratified"));
        Assert.Equal("Pacific Coast Fisheries Agreement (PCFA)", signed.Name);
        Assert.False(signed.NameInferred);
        Assert.Contains("PCFA", signed.Identity.Aliases);
        Assert.Equal(
            [new SourceRef("chile-peru-fisheries-ratified", "s-1"), new SourceRef("chile-peru-fisheries-signed", "s-1")],
            signed.Identity.NameSources);
    }

    [Fact]
    public void A_different_agreement_between_the_same_parties_stays_apart()
    {
        var rail = Of("chile-peru-rail-memorandum");
        Assert.NotSame(Of("chile-peru-fisheries-signed"), rail);
        Assert.Equal("Andean Rail Link Memorandum (ARLM)", rail.Name);
        Assert.Equal(["Chile", "Peru"], rail.Parties);
    }

    [Fact]
    public void A_report_that_names_no_agreement_joins_the_one_named_treaty_of_its_parties()
    {
        Assert.Same(Of("mekong-sediment-accord"), Of("mekong-inspections-begin"));
    }

    [Fact]
    public void Those_who_brokered_the_deal_are_brokers_not_parties_and_the_city_of_the_talks_is_neither()
    {
        var treaty = Of("ethiopia-eritrea-port-deal");
        Assert.Equal(["Eritrea", "Ethiopia"], treaty.Parties);
        Assert.Equal(["Saudi Arabia", "United Nations"], treaty.Identity.Brokers.Select(b => b.Party));
        Assert.All(treaty.Identity.Brokers, b => Assert.Equal("h-1", b.SentenceId));
    }

    [Fact]
    public void A_mentioned_agreement_links_to_its_own_treaty_where_the_archive_holds_it()
    {
        Assert.Same(Of("mekong-sediment-accord"), Corpus.TreatyNamed("MSSA"));
        Assert.Same(Of("chile-peru-fisheries-signed"), Corpus.TreatyNamed("Pacific Coast Fisheries Agreement"));
        Assert.Null(Corpus.TreatyNamed("Treaty Establishing the East African Community"));
    }
}
