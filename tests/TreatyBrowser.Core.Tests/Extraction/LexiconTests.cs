using System.Text;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Tests.Extraction;

public sealed class LexiconTests
{
    private static Lexicon Parse(string json) => Lexicon.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    [Fact]
    public void The_embedded_lexicon_declares_its_format_and_version()
    {
        Assert.Equal(Lexicon.FormatName, Lexicon.Default.Format);
        Assert.Equal(1, Lexicon.Default.Version);
        Assert.Equal(["defence", "intelligence", "economic"], Lexicon.Default.Categories.Select(c => c.Name));
    }

    [Fact]
    public void An_extension_adds_a_new_category_and_provision_without_a_rebuild()
    {
        var extension = Parse("""
            { "format": "treatybrowser-lexicon", "version": 1,
              "categories": [ { "name": "culture", "label": "Culture", "cues": ["cultur(?:e|al)", "museums?", "students?"] } ],
              "provisions": [ { "id": "student-exchange", "category": "culture", "statement": "Student exchanges",
                                "patterns": ["(?:exchange|exchanges) of students", "student exchanges?"] } ] }
            """);
        var pipeline = new ExtractionPipeline(Lexicon.Default.Extend(extension));
        var analysis = pipeline.Analyze(DocumentLoader.Load("c.txt",
            "---\ntreaty: Culture Accord\n---\nThe accord says both countries will expand student exchanges and museum loans."), cancellationToken: TestContext.Current.CancellationToken);
        var sentence = analysis.Document.BodySentences.Single();
        Assert.Contains(sentence.Categories, c => c.Category == "culture" && c.Reasons.Contains("students") == false && c.Reasons.Contains("museum"));
        var clause = Assert.Single(pipeline.BuildTreaties([analysis]).Single().Clauses);
        Assert.Equal(("culture", "student-exchange", "will expand student exchanges and museum loans"), (clause.Category, clause.Id, clause.Evidence.Single().Phrase));
    }

    [Fact]
    public void A_file_that_is_not_a_lexicon_is_refused_with_the_reason()
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse("""{ "categories": [] }"""));
        Assert.Contains("format", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => Parse("{ not json"));
    }

    [Fact]
    public void An_invalid_pattern_fails_when_compiled_and_names_where_it_is()
    {
        var bad = Parse("""{ "format": "treatybrowser-lexicon", "provisions": [ { "id": "broken", "category": "defence", "statement": "x", "patterns": ["(unclosed"] } ] }""");
        var e = Assert.Throws<InvalidDataException>(() => new ExtractionPipeline(Lexicon.Default.Extend(bad)));
        Assert.Contains("provision broken", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_list_of_the_lexicon_is_in_the_file_and_documented()
    {
        var docs = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot(), "docs", "lexicon.md"));
        var lists = typeof(Lexicon).GetProperties()
            .Where(p => p.PropertyType == typeof(System.Collections.Immutable.ImmutableArray<string>))
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .Concat(Lexicon.Default.WordLists.Keys)
            .ToList();
        Assert.All(lists, name => Assert.Contains($"`{name}`", docs, StringComparison.Ordinal));
        Assert.All(Lexicon.Default.WordLists, list => Assert.False(list.Value.IsDefaultOrEmpty, $"word list {list.Key} is empty"));

        // A list the shipped file leaves empty is one the code never hears from.
        var empty = typeof(Lexicon).GetProperties()
            .Where(p => p.PropertyType == typeof(System.Collections.Immutable.ImmutableArray<string>))
            .Where(p => ((System.Collections.Immutable.ImmutableArray<string>)p.GetValue(Lexicon.Default)!).IsEmpty)
            .Select(p => p.Name);
        Assert.Empty(empty);
    }
}
