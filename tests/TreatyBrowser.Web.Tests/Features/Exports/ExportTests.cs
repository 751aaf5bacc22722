using System.Net.Http.Json;
using System.Text.Json;
using Markdig;
using Markdig.Syntax;
using Microsoft.VisualBasic.FileIO;

namespace TreatyBrowser.Web.Tests.Features.Exports;

/// <summary>Exports open in the tools they are for.</summary>
public sealed class ExportTests(AppFactory app)
{
    private const string Treaty = $"/treaties/{Seed.Treaty}";

    [Fact]
    public async Task The_csv_reads_as_one_row_per_clause_and_piece_of_evidence()
    {
        var response = await app.CreateClient().GetAsync(Treaty + "/export.csv", TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        // TextFieldParser is the CSV reader spreadsheets' import follows: quoted fields, embedded commas and quotes.
        using var parser = new TextFieldParser(new MemoryStream(bytes)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        var header = rows[0];
        Assert.Equal("treaty", header[0]);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        var data = rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.Equal(15, data.Count);
        var exercises = data.Where(r => r["clause_id"] == "joint-military-exercises").ToList();
        Assert.Equal(["s-8", "s-10"], exercises.Select(r => r["sentence"]));
        Assert.Equal("engage in joint training exercises", exercises[1]["phrase"]);
        Assert.StartsWith("As reported by Reuters, according to the agreement,", exercises[1]["sentence_text"], StringComparison.Ordinal);
        Assert.Equal("Brussels Morning Newspaper", exercises[1]["outlet"]);
        Assert.Equal("will not", data.First(r => r["clause_id"] == "territorial-non-use")["modality_decided_by"]);
    }

    [Fact]
    public async Task The_markdown_brief_renders_with_markdig()
    {
        var markdown = await app.CreateClient().GetStringAsync(Treaty + "/export.md", TestContext.Current.CancellationToken);
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var document = Markdown.Parse(markdown, pipeline);
        var headings = document.Descendants<HeadingBlock>().Select(h => (h.Level, markdown.Substring(h.Span.Start, h.Span.Length))).ToList();
        Assert.Equal((1, "# Iran–Russia Comprehensive Strategic Partnership Treaty"), headings[0]);
        Assert.Contains((2, "## What it does not contain"), headings);
        Assert.Contains((2, "## Timeline"), headings);
        var html = Markdown.ToHtml(markdown, pipeline);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Mutual defence: an attack on one party is treated as an attack on all</strong> (stated absent)", html, StringComparison.Ordinal);
        Assert.Contains("2025-04", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_export_is_the_whole_model()
    {
        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>(Treaty + "/export.json", TestContext.Current.CancellationToken);
        Assert.Equal(12, json.GetProperty("clauses").GetArrayLength());
        Assert.Equal(5, json.GetProperty("timeline").GetProperty("events").GetArrayLength());
        Assert.Equal(5, json.GetProperty("profile").GetArrayLength());
    }
}
