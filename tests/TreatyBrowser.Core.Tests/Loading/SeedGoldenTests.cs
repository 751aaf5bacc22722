using System.Text;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Loading;

public sealed class SeedGoldenTests
{
    private static readonly SourceDocument Seed = DocumentLoader.Load(TestFiles.SeedFile, File.ReadAllBytes(TestFiles.SeedPath));

    [Fact]
    public void Seed_sentences_match_the_reviewed_golden_file()
    {
        var printout = new StringBuilder();
        foreach (var s in Seed.Sentences)
        {
            printout.Append($"{s.Id,-8} {s.Role,-8} p{s.Paragraph} [{s.Start},{s.End}) {s.Text}\n");
        }

        Golden.Match("seed-sentences.txt", printout.ToString());
    }

    [Fact]
    public void Seed_has_14_body_sentences_2_headings_and_a_dateline()
    {
        Assert.Equal(14, Seed.Sentences.Count(s => s.Role == SentenceRole.Body));
        Assert.Equal(["What does the Iran-Russia strategic deal really mean?", "How deep is Iran and Russia’s defence cooperation?"],
            Seed.Sentences.Where(s => s.Role == SentenceRole.Heading).Select(s => s.Text));
        Assert.Equal("Tehran (Brussels Morning Newspaper) –", Assert.Single(Seed.Sentences, s => s.Role == SentenceRole.Dateline).Text);
    }

    [Fact]
    public void Every_sentence_is_exactly_the_text_between_its_offsets()
    {
        var raw = File.ReadAllText(TestFiles.SeedPath);
        Assert.All(Seed.Sentences, s => Assert.Equal(s.Text, raw[s.Start..s.End]));
    }

    [Fact]
    public void Seed_body_is_kept_byte_for_byte_after_its_front_matter()
    {
        // The client's file as delivered, kept in the repository so that a clone with nothing beside it can check it.
        var original = File.ReadAllBytes(TestFiles.GoldenPath("client-seed-original.txt"));
        var seed = File.ReadAllBytes(TestFiles.SeedPath);
        Assert.True(seed.AsSpan().EndsWith(original), "the seed body must be the client's text, byte for byte");
    }

    [Fact]
    public void Seed_metadata_comes_from_front_matter_and_the_dateline()
    {
        var m = Seed.Metadata;
        Assert.Equal("Brussels Morning Newspaper", m.Outlet);
        Assert.Equal(new DateOnly(2025, 5, 21), m.Published);
        Assert.Equal("Iran–Russia Comprehensive Strategic Partnership Treaty", m.Treaty);
        Assert.Equal(["Iran", "Russia"], m.Parties);
        Assert.Equal("Tehran", m.Place);
        Assert.Null(m.Title);
        Assert.Equal("iran-russia-strategic-partnership", Seed.Id);
    }
}
