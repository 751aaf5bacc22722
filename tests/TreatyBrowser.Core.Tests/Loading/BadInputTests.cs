using System.Text;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Core.Tests.Loading;

/// <summary>Each bad seed file is skipped or loaded as far as it is valid, with a reason; the good ones still load.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tb-bad-").FullName;

    public BadInputTests()
    {
        File.WriteAllText(Path.Combine(_folder, "good.txt"), "The two states signed a pact. It covers trade.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SeedFolderContents ReadWith(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(_folder, name), bytes);
        return SeedFolder.Read(_folder);
    }

    private static void AssertSkipped(SeedFolderContents contents, string name, string reasonPart)
    {
        Assert.Equal(["good"], contents.Documents.Select(d => d.Id));
        var skipped = Assert.Single(contents.Skipped);
        Assert.Equal(name, skipped.FileName);
        Assert.Contains(reasonPart, skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_the_yaml_reader_rejects_with_an_argument_error_is_ignored_with_a_warning()
    {
        // Found by the loader's fuzz run: YamlDotNet throws ArgumentException ("the current event is of an
        // unsupported type") for this front matter, which once escaped the loader (a 500 from /api/analyze).
        const string Text = "---\n _signed‘?TEHRAN, May 21 (Reuters) -Tehran (Reuters) –kratified!-“**  '_?parties: []**\uFFFD‘\n---\n"
            + "Ruritania and Freedonia signed a pact on Monday.\n";
        var document = DocumentLoader.Load("odd.md", Text);
        Assert.Contains(document.Warnings, w => w.StartsWith("front matter is not valid YAML", StringComparison.Ordinal));
        Assert.Equal("Ruritania and Freedonia signed a pact on Monday.", document.Sentences.Last().Text);
    }

    [Fact]
    public void An_empty_file_is_skipped() => AssertSkipped(ReadWith("empty.txt", []), "empty.txt", "empty");

    [Fact]
    public void A_binary_file_is_skipped() =>
        AssertSkipped(ReadWith("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "image.txt", "binary");

    [Fact]
    public void Invalid_utf8_is_skipped_with_the_offset() =>
        AssertSkipped(ReadWith("latin1.txt", Encoding.Latin1.GetBytes("Le traité a été signé.")), "latin1.txt", "not valid UTF-8 (bad byte at offset 8)");

    [Fact]
    public void A_20_MB_file_is_skipped_without_being_read()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(20 * 1024 * 1024);
        }

        AssertSkipped(SeedFolder.Read(_folder), "huge.txt", "over the limit");
    }

    [Fact]
    public void A_file_with_no_sentences_is_skipped() =>
        AssertSkipped(ReadWith("blank.md", Encoding.UTF8.GetBytes("---\ntreaty: X\n---\n\n   \n")), "blank.md", "no sentences");

    [Fact]
    public void Broken_front_matter_loads_the_article_without_metadata_and_says_why()
    {
        var contents = ReadWith("broken.txt", Encoding.UTF8.GetBytes("---\ntreaty: [unclosed\nparties: : :\n---\nThe pact was signed. It covers trade."));
        var doc = Assert.Single(contents.Documents, d => d.Id == "broken");
        Assert.Null(doc.Metadata.Treaty);
        Assert.Equal(["The pact was signed.", "It covers trade."], doc.BodySentences.Select(s => s.Text));
        Assert.Contains("not valid YAML", Assert.Single(doc.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_that_never_closes_is_read_as_text_with_a_warning()
    {
        var contents = ReadWith("open.txt", Encoding.UTF8.GetBytes("---\ntreaty: X\nThe pact was signed. It covers trade."));
        var doc = Assert.Single(contents.Documents, d => d.Id == "open");
        Assert.Contains("never closes", Assert.Single(doc.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_publication_date_stays_unknown_with_a_warning()
    {
        var contents = ReadWith("date.txt", Encoding.UTF8.GetBytes("---\npublished: last Tuesday\nouter: 1\n---\nThe pact was signed."));
        var doc = Assert.Single(contents.Documents, d => d.Id == "date");
        Assert.Null(doc.Metadata.Published);
        Assert.Equal(2, doc.Warnings.Length);
    }

    [Fact]
    public void Files_of_other_types_are_ignored_and_subfolders_are_read()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "2025"));
        File.WriteAllText(Path.Combine(_folder, "2025", "later.md"), "The pact took effect. Trade rose.");
        File.WriteAllText(Path.Combine(_folder, "notes.pdf"), "ignored");
        var contents = SeedFolder.Read(_folder);
        Assert.Equal(["2025-later", "good"], contents.Documents.Select(d => d.Id));
        Assert.Empty(contents.Skipped);
    }

    [Fact]
    public void A_missing_folder_is_its_own_error_so_a_host_can_keep_what_it_had()
    {
        var e = Assert.Throws<SeedFolderUnavailableException>(() => SeedFolder.Read(Path.Combine(_folder, "nope")));
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_where_the_folder_should_be_is_its_own_error()
    {
        var file = Path.Combine(_folder, "not-a-folder");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<SeedFolderUnavailableException>(() => SeedFolder.Read(file));
        Assert.Contains("is a file, not a folder", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_nested_past_the_parsers_depth_is_skipped_with_a_reason_and_the_others_still_load()
    {
        var contents = ReadWith("deep.md", Encoding.UTF8.GetBytes(new string('>', 1000) + " The two states signed a pact.\n"));
        Assert.Contains("good", contents.Documents.Select(d => d.Id));
        Assert.DoesNotContain(contents.Documents, d => d.Id == "deep");
        Assert.Contains("nested", Assert.Single(contents.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noncharacter_in_front_matter_is_dropped_from_the_value_and_the_article_loads_and_builds()
    {
        var contents = ReadWith("nonchar.txt", Encoding.UTF8.GetBytes("---\ntreaty: \"Bad \\uFFFE Treaty\"\ntitle: \"x \\u0001 y\"\n---\nThe two states signed a pact. It covers trade.\n"));
        var document = Assert.Single(contents.Documents, d => d.Id == "nonchar");
        Assert.Equal("Bad  Treaty", document.Metadata.Treaty);
        Assert.Equal("x  y", document.Metadata.Title);
        var corpus = CorpusBuilder.Build(contents, new Core.Extraction.ExtractionPipeline(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(corpus.Treaties, t => t.Id == "bad-treaty");
    }
}
