namespace TreatyBrowser.Core.Tests;

/// <summary>
/// Compares a compact printout with a reviewed file in Golden/. Set UPDATE_GOLDEN=1 to rewrite the file after
/// reviewing the diff (CI never sets it, so there the comparison always runs).
/// </summary>
internal static class Golden
{
    public static void Match(string name, string actual)
    {
        var path = TestFiles.GoldenPath(name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            Assert.True(e == a, $"{name} differs at line {i + 1}:\nexpected: {e}\nactual:   {a}");
        }
    }
}
