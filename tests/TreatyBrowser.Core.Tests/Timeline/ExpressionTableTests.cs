using System.Text;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Timeline;

/// <summary>
/// Every row of Timeline/expressions.tsv: a sentence of our own with its publication date, the date expression a
/// reader sees in it, and the value it must resolve to, at what precision (or "-": left as written, "none": not a
/// dated event at all). The sentence goes through the real loader and pipeline, as a one-sentence article.
/// </summary>
public sealed class ExpressionTableTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    public static TheoryData<string, string, string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Timeline", "expressions.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            rows.Add(f[0], f[1], f[2], f[3], f[4]);
        }

        return rows;
    }

    [Fact]
    public void The_table_holds_at_least_150_expressions()
    {
        Assert.True(Rows().Count >= 150, $"{Rows().Count} rows");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Expression_resolves_as_a_reader_would(string published, string sentence, string expression, string iso, string precision)
    {
        var events = EventsOf(published, sentence);
        var at = sentence.IndexOf(expression, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the row's expression is not in its sentence: {expression}");
        var overlapping = events.Where(e => e.When.Start < at + expression.Length && at < e.When.End).ToList();
        if (iso == "none")
        {
            Assert.True(overlapping.Count == 0, $"'{expression}' is a term, not a dated event, but gave {string.Join(", ", overlapping.Select(e => e.When.Text))}");
            return;
        }

        var when = Assert.Single(overlapping).When;
        Assert.Equal(expression, when.Text, ignoreCase: true);
        if (iso == "-")
        {
            Assert.True(when.Date is null, $"'{expression}' should stay as written, got {when.Date?.Iso} ({when.Explanation})");
            return;
        }

        Assert.True(when.Date is not null, $"'{expression}' was not resolved: {when.Explanation}");
        Assert.Equal(iso, when.Date!.Iso);
        Assert.Equal(precision, when.Date.Precision.ToString().ToLowerInvariant());
        Assert.False(string.IsNullOrWhiteSpace(when.Explanation));
    }

    private static List<TimelineEvent> EventsOf(string published, string sentence)
    {
        var text = (published == "-" ? "" : $"---\npublished: {published}\n---\n") + sentence + "\n";
        var document = DocumentLoader.Load("row.txt", Encoding.UTF8.GetBytes(text));
        return [.. Pipeline.Analyze(document).Events];
    }
}
