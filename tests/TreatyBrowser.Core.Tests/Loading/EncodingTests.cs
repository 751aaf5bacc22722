using System.Text;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Tests.Loading;

/// <summary>Encodings a seed may come in, and text no file decodes to but a string can hold.</summary>
public sealed class EncodingTests
{
    private const string Article = "Norland and Sudmark signed a pact on Monday. It covers trade in grain.";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_its_bom_loads_like_utf8(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = (byte[])[.. encoding.GetPreamble(), .. encoding.GetBytes(Article)];

        var document = DocumentLoader.Load("a.txt", bytes);

        Assert.Equal(DocumentLoader.Load("a.txt", Encoding.UTF8.GetBytes(Article)).Sentences.Select(s => s.Text), document.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Utf16_cut_in_half_a_character_is_refused_with_the_offset()
    {
        var bytes = (byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article), 0x41];
        var e = Assert.Throws<LoadException>(() => DocumentLoader.Load("a.txt", bytes));
        Assert.Contains("not valid UTF-16", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_holding_a_nul_is_binary()
    {
        var bytes = (byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article + "\0")];
        Assert.Contains("looks binary", Assert.Throws<LoadException>(() => DocumentLoader.Load("a.txt", bytes)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_in_pasted_text_becomes_a_replacement_character_in_place_with_a_warning()
    {
        var text = "---\ntreaty: Grain \ud800 Pact\n---\nNorland and Sudmark signed the Grain Pact on Monday \udc00 in Oslo.";
        var document = DocumentLoader.Load("pasted.txt", text);

        Assert.Equal(text.Length, document.Text.Length);
        Assert.Equal("Grain \uFFFD Pact", document.Metadata.Treaty);
        Assert.Contains("\uFFFD in Oslo", document.Sentences.Single(s => s.Role == Model.SentenceRole.Body).Text, StringComparison.Ordinal);
        Assert.Contains(document.Warnings, w => w.StartsWith("2 invalid character(s)", StringComparison.Ordinal));

        // And the whole pipeline runs on it: the treaty gets an id from its name.
        var corpus = CorpusBuilder.Build(new SeedFolderContents([document], []), new ExtractionPipeline(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("grain-pact", corpus.Treaties.Single().Id);
    }

    [Fact]
    public void A_pair_of_surrogates_is_left_alone()
    {
        Assert.Same("emoji \ud83d\ude00 here", TextRepair.ReplaceLoneSurrogates("emoji \ud83d\ude00 here", out var replaced));
        Assert.Equal(0, replaced);
        Assert.Equal("a\uFFFDb\uFFFD", TextRepair.ReplaceLoneSurrogates("a\udc00b\ud800", out replaced));
        Assert.Equal(2, replaced);
    }

    [Fact]
    public void A_name_with_a_lone_surrogate_or_nothing_sluggable_still_gets_an_id()
    {
        Assert.Equal("grain-pact", Slug.From("Grain \ud800 Pact"));
        Assert.Equal("article", DocumentLoader.Load("—.txt", Article).Id);
    }
}
