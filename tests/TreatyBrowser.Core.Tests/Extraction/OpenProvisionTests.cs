using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages.Sentences;

namespace TreatyBrowser.Core.Tests.Extraction;

/// <summary>
/// Provisions no lexicon entry names, one of our own articles per modality, together covering every category: each
/// is read from its own words, with its category and modality, and a stable id from those words.
/// </summary>
public sealed class OpenProvisionTests
{
    private static readonly ExtractionPipeline Pipeline = new();
    private static readonly ClauseWording Wording = new(new CompiledLexicon(Lexicon.Default), Gazetteer.Default);

    [Theory]
    [InlineData("commitment", "s-3", "defence", Modality.Commitment, "Coordinate rescue missions in the Southern Ocean")]
    [InlineData("commitment", "s-4", "economic", Modality.Commitment, "Co-finance a fibre-optic cable between Punta Arenas and Tromsø")]
    [InlineData("commitment", "s-5", "intelligence", Modality.Commitment, "Swap classified vessel-tracking records every month")]
    [InlineData("prohibition", "s-3", "defence", Modality.Prohibition, "Dock nuclear-armed vessels in the other's harbours")]
    [InlineData("prohibition", "s-4", "economic", Modality.Prohibition, "Impose export levies on fertiliser shipments")]
    [InlineData("prohibition", "s-5", "intelligence", Modality.Prohibition, "Hand intercepted communications to a third government")]
    [InlineData("absent", "s-3", "intelligence", Modality.Absent, "No arrangement for pooling satellite imagery")]
    [InlineData("absent", "s-4", "economic", Modality.Absent, "No customs union between the two islands")]
    [InlineData("absent", "s-5", "defence", Modality.Absent, "Does not oblige either country to send warships to the other's aid")]
    [InlineData("claim", "s-3", "economic", Modality.Claim, "Lift two-way shipping traffic by a third within five years")]
    [InlineData("claim", "s-4", "defence", Modality.Claim, "Shorten the response time of both armed forces in disasters")]
    [InlineData("claim", "s-5", "intelligence", Modality.Claim, "Give both police services faster encrypted channels for tip-offs")]
    public void An_open_provision_is_read_from_its_own_words(string article, string sentence, string category, Modality modality, string statement)
    {
        var treaty = Treaty(article);
        var clause = Assert.Single(treaty.Clauses, c => c.Evidence.Any(e => e.SentenceId == sentence) && c.Category == category);
        Assert.Null(clause.ProvisionType);
        Assert.Equal(modality, clause.Modality);
        Assert.Equal(statement, clause.Statement);
        Assert.Equal(clause.Id, Wording.Key(statement));
    }

    [Fact]
    public void The_signing_sentence_of_each_article_reports_an_event_not_a_provision()
    {
        foreach (var article in new[] { "commitment", "prohibition", "absent", "claim" })
        {
            Assert.DoesNotContain(Treaty(article).Clauses, c => c.Evidence.Any(e => e.SentenceId == "s-2"));
        }
    }

    [Fact]
    public void The_same_provision_in_other_words_from_another_source_stays_one_clause()
    {
        var folder = Directory.CreateTempSubdirectory("treatybrowser-open-");
        try
        {
            File.Copy(Path.Combine(Folder, "commitment.txt"), Path.Combine(folder.FullName, "a.txt"));
            File.WriteAllText(Path.Combine(folder.FullName, "b.txt"), "---\ntreaty: Norway–Chile Polar Cooperation Agreement\npublished: 2024-03-09\n---\n"
                + "Both navies will coordinate their rescue operations across the Southern Ocean.\n");
            var corpus = CorpusBuilder.Build(SeedFolder.Read(folder.FullName), Pipeline, cancellationToken: TestContext.Current.CancellationToken);
            var rescue = Assert.Single(corpus.Treaties[0].Clauses, c => c.Category == "defence");
            Assert.Equal(["a", "b"], rescue.Sources);
            Assert.False(rescue.Disputed);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Folder => Path.Combine(TestFiles.ArticlesFolder, "open");

    private static Treaty Treaty(string article)
    {
        var path = Path.Combine(Folder, article + ".txt");
        var analysis = Pipeline.Analyze(DocumentLoader.Load(Path.GetFileName(path), File.ReadAllBytes(path)));
        return Pipeline.BuildTreaties([analysis])[0];
    }
}
