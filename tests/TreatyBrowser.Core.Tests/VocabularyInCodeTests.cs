using System.Text.RegularExpressions;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Tests;

/// <summary>
/// Vocabulary belongs in the lexicon, where a deployment can extend it and docs/lexicon.md documents it, not in a
/// regular expression in C#. Every pattern in the stages and grouping (<c>Stages/</c>, <c>Grouping/</c>) holds only
/// the shape of what it reads; its words come from the lexicon's lists, named in braces and filled in by
/// <see cref="CompiledLexicon.Grammar"/>. Allowed, by name: <c>Timeline/</c>, the date grammar (month and weekday
/// names are its syntax; it is not scanned), and <c>LegacyClauseIds</c>, whose words make the ids that permalinks
/// were given before: a lexicon change must never move them.
/// </summary>
public sealed partial class VocabularyInCodeTests
{
    private static readonly string Core = Path.Combine(TestFiles.RepositoryRoot(), "src", "TreatyBrowser.Core");

    private static readonly string[] Scanned = ["Stages", "Grouping"];

    private static readonly string[] Allowed = ["Stages/Sentence/LegacyClauseIds.cs"];

    // A string literal as C# writes it: verbatim (@"…", $@"…", @$"…", quotes doubled) or regular ("…", escapes).
    [GeneratedRegex(@"(?:\$@|@\$|@)""(?<verbatim>(?:[^""]|"""")*)""|(?<![@$\w])\$?""(?<regular>(?:[^""\\\n]|\\.)*)""")]
    private static partial Regex Literal();

    // What makes a literal a pattern rather than a message: an escape, a group, an alternation or a class.
    [GeneratedRegex(@"\\[bswdpSWD]|\(\?|\||\[")]
    private static partial Regex PatternSyntax();

    // A lexicon list named in a template ("{eventLeadWords}"), or an interpolation hole.
    [GeneratedRegex(@"\{[A-Za-z][^{}]*\}")]
    private static partial Regex ListOrHole();

    [GeneratedRegex(@"\{([a-z][A-Za-z]*)\}")]
    private static partial Regex ListName();

    // What in a pattern is syntax, not a word: escapes (\b, \p{L}, \u00e9), group names and options, classes.
    [GeneratedRegex(@"\\[pP]\{\w+\}|\\u[0-9a-fA-F]{4}|\\.|\(\?<?[\w-]*[>:]?|\[[^\]]*\]|\{\d+(?:,\d*)?\}")]
    private static partial Regex Syntax();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();

    [Fact]
    public void Stages_and_grouping_hold_no_english_word_in_a_pattern()
    {
        var found = PatternsInCode()
            .SelectMany(p => Word().Matches(Syntax().Replace(ListOrHole().Replace(p.Pattern, " "), " ")).Select(w => $"{p.File}: \"{w.Value}\" in {p.Pattern}"))
            .ToList();
        Assert.True(found.Count == 0, $"English words in a pattern in C#; put them in a lexicon word list and name it in braces (docs/extending.md):\n{string.Join("\n", found)}");
    }

    [Fact]
    public void Every_list_a_pattern_names_is_in_the_shipped_lexicon()
    {
        var missing = PatternsInCode()
            .SelectMany(p => ListName().Matches(p.Pattern).Select(m => (p.File, Name: m.Groups[1].Value)))
            .Where(x => Lexicon.Default.ListNamed(x.Name) is not { IsDefaultOrEmpty: false })
            .Select(x => $"{x.File}: {{{x.Name}}}")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, $"Patterns name lists the lexicon does not have: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_scan_sees_a_word_written_in_a_pattern()
    {
        // The rule fails when it should: a word in a template, a generated pattern or a constant is caught; a list's
        // name, an interpolation and plain syntax are not.
        static IEnumerable<string> Words(string code) => PatternsIn(code).SelectMany(p => Word().Matches(Syntax().Replace(ListOrHole().Replace(p, " "), " ")).Select(w => w.Value));
        Assert.Equal(["signed"], Words("""lexicon.Grammar(@"^{eventLeadWords}\s+signed\b");"""));
        Assert.Equal(["and", "or"], Words("""[GeneratedRegex(@"\s(?:and|or)\s")]"""));
        Assert.Equal(["Treaty", "Pact"], Words("""private const string Head = "Treaty|Pact";"""));
        Assert.Empty(Words("""lexicon.Grammar($@"\b(?:{Numbers}|\d+)[- ]{termUnit}\b", RegexOptions.IgnoreCase);"""));
        Assert.Empty(Words("""throw new InvalidOperationException("the corpus is read before it was loaded");"""));
        Assert.Empty(Words("""var name = $"unidentified {documents[0].Document.Id}";"""));
    }

    // Each pattern-like string literal in the scanned folders, with its file (path from Core, "/" between folders).
    private static IEnumerable<(string File, string Pattern)> PatternsInCode() =>
        Scanned.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Core, folder), "*.cs", SearchOption.AllDirectories))
            .Select(file => (Name: Path.GetRelativePath(Core, file).Replace('\\', '/'), Path: file))
            .Where(file => !Allowed.Contains(file.Name))
            .SelectMany(file => PatternsIn(File.ReadAllText(file.Path)).Select(p => (file.Name, p)));

    private static IEnumerable<string> PatternsIn(string code) =>
        Literal().Matches(string.Join('\n', code.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))))
            .Select(m => m.Groups["verbatim"].Success ? m.Groups["verbatim"].Value.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups["regular"].Value)
            .Where(text => PatternSyntax().IsMatch(ListOrHole().Replace(text, " ")));
}
