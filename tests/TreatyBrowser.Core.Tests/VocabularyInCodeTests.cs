using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Tests;

/// <summary>
/// Vocabulary belongs in the lexicon, where a deployment can extend it and docs/lexicon.md documents it, not in a
/// regular expression in C#. This ratchet reads every pattern (<c>[GeneratedRegex]</c>, <c>new Regex</c>) in the
/// stages and grouping (<c>Stages/</c>, <c>Grouping/</c>; <c>Timeline/</c> is the date grammar and is allowed its
/// month and weekday names) and the English words it holds. Golden/words-in-code.txt records those still in code:
/// a word in a pattern that the file does not list fails (put it in the lexicon instead), and a word the file lists
/// that no pattern holds any more fails too, until UPDATE_GOLDEN=1 shrinks the list. The update only ever removes.
/// </summary>
public sealed partial class VocabularyInCodeTests
{
    private const string Golden = "words-in-code.txt";

    private static readonly string Core = Path.Combine(TestFiles.RepositoryRoot(), "src", "TreatyBrowser.Core");

    // A pattern as C# writes it: a verbatim string after GeneratedRegex( or new Regex(.
    [GeneratedRegex(@"(?:GeneratedRegex|new Regex)\(\s*@""((?:[^""]|"""")*)""")]
    private static partial Regex Pattern();

    // What in a pattern is syntax, not a word: escapes (\b, \p{L}, \u00e9), group names and options, classes.
    [GeneratedRegex(@"\\[pP]\{\w+\}|\\u[0-9a-fA-F]{4}|\\.|\(\?<?[\w-]*[>:]?|\[[^\]]*\]|\{\d+(?:,\d*)?\}")]
    private static partial Regex Syntax();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();

    [Fact]
    public void Stages_and_grouping_hold_no_english_word_in_a_pattern_that_is_not_recorded_as_still_to_move()
    {
        var found = WordsInCode();
        var path = TestFiles.GoldenPath(Golden);
        var recorded = File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0], p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var added = found.SelectMany(f => f.Value.Where(w => !recorded.GetValueOrDefault(f.Key, []).Contains(w)).Select(w => $"{f.Key}: {w}")).ToList();
        Assert.True(added.Count == 0, $"English words in a pattern in C#; put them in the lexicon (docs/extending.md): {string.Join(", ", added)}");

        var gone = recorded.SelectMany(r => r.Value.Where(w => !found.GetValueOrDefault(r.Key, []).Contains(w)).Select(w => $"{r.Key}: {w}")).ToList();
        if (gone.Count > 0 && Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllLines(path, [.. File.ReadAllLines(path).Where(l => l.StartsWith('#')), .. found.Where(f => f.Value.Count > 0).Select(f => $"{f.Key}: {string.Join(' ', f.Value.Order(StringComparer.Ordinal))}")]);
            return;
        }

        Assert.True(gone.Count == 0, $"These words left the code: shrink {Golden} (UPDATE_GOLDEN=1): {string.Join(", ", gone)}");
    }

    // Each file under Stages/ and Grouping/ (path from Core, "/" between folders) and the words its patterns hold.
    private static SortedDictionary<string, HashSet<string>> WordsInCode()
    {
        var words = new SortedDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var folder in new[] { "Stages", "Grouping" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Core, folder), "*.cs", SearchOption.AllDirectories))
            {
                var found = new HashSet<string>(StringComparer.Ordinal);
                foreach (Match pattern in Pattern().Matches(File.ReadAllText(file)))
                {
                    var text = Syntax().Replace(pattern.Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal), " ");
                    found.UnionWith(Word().Matches(text).Select(w => w.Value.ToLowerInvariant()));
                }

                if (found.Count > 0)
                {
                    words[Path.GetRelativePath(Core, file).Replace('\\', '/')] = found;
                }
            }
        }

        return words;
    }
}
