using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Tests;

/// <summary>
/// The line-length limit .editorconfig states for C# and Razor (max_line_length), held: the build does not enforce
/// it, so this test does, over every .cs and .cshtml file under src/, tests/ and bench/ (build output aside).
/// </summary>
public sealed partial class LineLengthTests
{
    [GeneratedRegex(@"^\[\*\.\{cs,cshtml\}\]\s*$(?:\n(?!\[).*)*?\nmax_line_length\s*=\s*(?<limit>\d+)", RegexOptions.Multiline)]
    private static partial Regex Limit();

    [Fact]
    public void No_line_of_code_is_longer_than_the_editorconfig_limit()
    {
        var root = TestFiles.RepositoryRoot();
        var match = Limit().Match(File.ReadAllText(Path.Combine(root, ".editorconfig")).ReplaceLineEndings("\n"));
        Assert.True(match.Success, ".editorconfig states no max_line_length for [*.{cs,cshtml}]");
        var limit = int.Parse(match.Groups["limit"].Value, System.Globalization.CultureInfo.InvariantCulture);

        var separator = Path.DirectorySeparatorChar;
        var longer = new[] { "src", "tests", "bench" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(root, f), Line: i + 1, line.Length)))
            .Where(l => l.Length > limit)
            .Select(l => $"{l.File}:{l.Line} ({l.Length})")
            .ToList();
        Assert.True(longer.Count == 0, $"Lines over {limit} characters (.editorconfig max_line_length):\n{string.Join("\n", longer)}");
    }
}
