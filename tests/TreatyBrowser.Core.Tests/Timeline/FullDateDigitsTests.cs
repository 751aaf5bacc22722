using TreatyBrowser.Core.Timeline;

namespace TreatyBrowser.Core.Tests.Timeline;

/// <summary>
/// The loader skips the date grammar on a line with no digit when it looks for a full date
/// (<see cref="DateFinder.MayHoldFullDate"/>): that holds only while every full date the grammar finds is written
/// with a digit. Checked over every line of the development corpus and of the expression table.
/// </summary>
public sealed class FullDateDigitsTests
{
    [Fact]
    public void Every_full_date_the_grammar_finds_holds_a_digit()
    {
        var root = TestFiles.RepositoryRoot();
        var lines = Directory.GetFiles(Path.Combine(root, "tests", "devset", "articles"), "*.txt")
            .SelectMany(File.ReadLines)
            .Concat(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Timeline", "expressions.tsv")))
            .ToList();
        var fullDates = lines
            .SelectMany(line => DateFinder.Find(line).Where(d => d.Kind == MentionKind.FullDate).Select(d => line[d.Start..d.End]))
            .ToList();

        Assert.True(fullDates.Count > 50, $"only {fullDates.Count} full dates found: the check would prove little");
        Assert.All(fullDates, date => Assert.True(DateFinder.MayHoldFullDate(date), $"a full date without a digit: \"{date}\""));
        Assert.False(DateFinder.MayHoldFullDate("on the fifth of May"));
    }
}
