using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>
/// The quick test in front of each lexicon pattern only ever skips a pattern that could not have matched: the literals
/// it reads are ones every match must hold, and on real text a pattern with its quick test answers exactly as without.
/// </summary>
public sealed class CuePatternTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Theory]
    [InlineData("agree[sd]? to", "agree")]
    [InlineData("(?:is|was) not an?", " not a")]
    [InlineData("sign(?:ed|s)?|ratif(?:y|ied)", "ratif|sign")]
    [InlineData("commit(?:s|ted)? to", "commit")]
    [InlineData("military (?:assistance|aid)", "military ")]
    [InlineData(@"U\.N\. Charter", "U.N. Charter")]
    [InlineData("(?<!not )(?:defen[cs]e)", "defen")]
    [InlineData("(?:joint|combined) (?:drills|exercises)", "drills|exercises")]
    [InlineData(@"articles? \d+", "article")]
    [InlineData("tro+ps", "tro")]
    public void Every_match_holds_one_of_the_literals_read(string pattern, string expected) =>
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), RequiredLiterals.Of(pattern)!.Value.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("(?:shall)?")]          // may match nothing at all
    [InlineData("will|[a-z]+")]          // one branch has no fixed text
    [InlineData(@"\w+ing")]              // "ing" is held, but a class before it is fine: this one keeps "ing"
    [InlineData(@"\u0041rms")]           // a character code: not read
    [InlineData("(?(x)a|b)")]           // a conditional: not read
    [InlineData(@"(a)\1")]              // a back-reference: not read
    public void A_pattern_without_sure_literals_always_runs(string pattern)
    {
        var literals = RequiredLiterals.Of(pattern);
        if (pattern == @"\w+ing")
        {
            Assert.Equal(["ing"], literals!.Value);
            return;
        }

        Assert.Null(literals);
    }

    [Fact]
    public void A_sentence_without_the_literals_skips_the_pattern_and_one_with_them_runs_it()
    {
        var pattern = new CuePattern(new Regex(@"(?<!\w)(?:agree[sd]? to)(?!\w)", Options), RequiredLiterals.Of("agree[sd]? to"));
        Assert.False(pattern.IsMatch("The talks ended without a deal."));
        Assert.Equal("agreed to", pattern.Match("Both sides AGREED TO it.").Value.ToLowerInvariant());
        Assert.Empty(pattern.Matches("They agreed, to no one's surprise."));
    }

    [Fact]
    public void Letters_the_engine_folds_that_ordinal_comparison_does_not_still_run_the_pattern()
    {
        // The Kelvin sign is a "k" to the regular-expression engine ignoring case; whatever the engine answers, the
        // quick test must not change it.
        const string Text = "They will \u212Aeep the base.";
        var regex = new Regex(@"(?<!\w)keep(?!\w)", Options);
        var pattern = new CuePattern(regex, RequiredLiterals.Of("keep"));
        Assert.Equal(regex.IsMatch(Text), pattern.IsMatch(Text));
        Assert.Equal(regex.Count(Text), pattern.Count(Text));
    }

    [Fact]
    public void The_gazetteer_name_finder_finds_what_the_alternation_of_its_forms_finds_on_every_sentence_we_have()
    {
        var bare = Joined(Gazetteer.Default.NamesPattern);
        var edges = new[]
        {
            "U.S.-Japan", "the US.", "USA and US", "x.US", "_US", "US_", "2US", "Niger and Nigeria", "Papua New Guinea's",
            "Côte d'Ivoire", "Guinea-Bissau", "South American", "Indian Ocean", "Indian", "EU's", "N'Djamena", "",
        };
        foreach (var text in Sentences().Concat(edges))
        {
            var expected = bare.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            var actual = Gazetteer.Default.Names.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"on \"{text}\": [{string.Join(", ", expected)}] by the alternation, [{string.Join(", ", actual)}] by the finder");
            Assert.Equal(bare.IsMatch(text), Gazetteer.Default.Names.IsMatch(text));
        }
    }

    [Fact]
    public void On_every_sentence_we_have_each_lexicon_pattern_answers_as_its_bare_regular_expression()
    {
        var lexicon = new CompiledLexicon(Lexicon.Default);
        var sentences = Sentences().ToList();
        Assert.True(sentences.Count > 500, $"only {sentences.Count} sentences");
        var patterns = lexicon.AllPatterns
            .Append(("gazetteer names", Gazetteer.Default.NamesPattern))
            .Append(("gazetteer titles", Gazetteer.Default.Titles))
            .Append(("gazetteer institutions", Gazetteer.Default.Institutions))
            .ToList();
        var skipped = 0;
        foreach (var (name, pattern) in patterns)
        {
            var bare = Joined(pattern);
            foreach (var text in sentences)
            {
                var expected = bare.Matches(text).Select(m => (m.Index, m.Length)).ToList();
                var actual = pattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{name} on \"{text}\": {expected.Count} matches bare, {actual.Count} with the quick test");
                Assert.Equal(bare.IsMatch(text), pattern.IsMatch(text));
                var half = text.Length / 2;
                Assert.Equal(bare.Match(text, half, text.Length - half).Index, pattern.Match(text, half, text.Length - half).Index);
                skipped += expected.Count == 0 ? 1 : 0;
            }
        }

        // And it is worth having: most pattern-sentence pairs have no match.
        Assert.True(skipped > patterns.Count * sentences.Count / 2, $"{skipped} of {patterns.Count * sentences.Count} pairs without a match");
    }

    // The parts of a pattern as one alternation, which is what "provision frames" was before it was split.
    private static Regex Joined(CuePattern pattern)
    {
        var parts = pattern.Regexes.ToList();
        return parts.Count == 1 ? parts[0] : new Regex(string.Join("|", parts.Select(r => $"(?:{r})")), parts[0].Options);
    }

    private static IEnumerable<string> Sentences([CallerFilePath] string caller = "")
    {
        var dir = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(dir, "TreatyBrowser.sln")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }

        var folders = new[] { Path.Combine(dir, "tests", "devset", "articles"), TestFiles.SeedsFolder, TestFiles.ArticlesFolder };
        return folders
            .SelectMany(folder => SeedFolder.Read(folder).Documents)
            .SelectMany(d => d.Sentences)
            .SelectMany(s => new[] { s.Text, TextFold.Fold(s.Text) })
            .Distinct();
    }
}
