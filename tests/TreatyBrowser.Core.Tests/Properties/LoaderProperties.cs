using CsCheck;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests.Properties;

/// <summary>
/// Whatever bytes a seed holds, the loader and the pipeline behind it never fail unexpectedly: a file is either
/// refused with a reason (<see cref="LoadException"/>) or loaded into a model whose every offset points at its own text.
/// </summary>
public sealed class LoaderProperties
{
    private static readonly ExtractionPipeline Pipeline = new();

    [Theory]
    [InlineData("article.txt")]
    [InlineData("article.md")]
    public void Any_bytes_load_into_a_sound_model_or_are_refused_with_a_reason(string fileName)
    {
        var loaded = 0;
        HostileText.FileBytes.Sample(bytes =>
        {
            var document = LoadOrNull(fileName, bytes);
            if (document is not null)
            {
                Interlocked.Increment(ref loaded);
                AssertSound(document);
                AssertSameModel(document, LoadOrNull(fileName, bytes)!);
            }
        }, iter: 400);

        // Most generated files are articles of a kind, not refusals: the property says something about loading.
        Assert.True(loaded > 100, $"only {loaded} of 400 generated files loaded");
    }

    [Theory]
    [InlineData("article.txt")]
    [InlineData("article.md")]
    public void Any_text_loads_analyses_and_indexes_without_an_exception(string fileName) =>
        Gen.OneOf(HostileText.Text, HostileText.WithFrontMatter).Sample(text =>
        {
            SourceDocument document;
            try
            {
                document = DocumentLoader.Load(fileName, text);
            }
            catch (LoadException)
            {
                return;
            }

            AssertSound(document);
            var corpus = CorpusBuilder.Build(new SeedFolderContents([document], []), Pipeline);
            Assert.Single(corpus.Documents);
            foreach (var clause in corpus.Treaties.SelectMany(t => t.Clauses))
            {
                foreach (var evidence in clause.Evidence)
                {
                    var sentence = corpus.Documents[0].Sentences.Single(s => s.Id == evidence.SentenceId);
                    Assert.InRange(evidence.Start, 0, sentence.Text.Length);
                    Assert.InRange(evidence.End, evidence.Start, sentence.Text.Length);
                }
            }
        }, iter: 250);

    private static SourceDocument? LoadOrNull(string fileName, byte[] bytes)
    {
        try
        {
            return DocumentLoader.Load(fileName, bytes);
        }
        catch (LoadException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message), "a refusal says why");
            return null;
        }
    }

    // Sentences lie within the text, in order, without overlapping, and each is exactly the text at its offsets.
    private static void AssertSound(SourceDocument document)
    {
        var previousEnd = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.InRange(sentence.Start, previousEnd, document.Text.Length);
            Assert.InRange(sentence.End, sentence.Start + 1, document.Text.Length);
            Assert.Equal(document.Text[sentence.Start..sentence.End], sentence.Text);
            previousEnd = sentence.End;
        }

        Assert.Equal(document.Sentences.Length, document.Sentences.Select(s => s.Id).Distinct().Count());
        Assert.True(Slug.IsValid(document.Id), $"'{document.Id}' is not a valid id");
    }

    private static string Describe(DocumentMetadata m) =>
        $"{m.Title}|{m.Outlet}|{m.Url}|{m.Published}|{m.Treaty}|{m.Place}|{string.Join(",", m.Parties)}|{string.Join(",", m.Inferred)}";

    private static void AssertSameModel(SourceDocument a, SourceDocument b)
    {
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(Describe(a.Metadata), Describe(b.Metadata));
        Assert.Equal(a.Sentences.Select(s => (s.Id, s.Start, s.End, s.Role)), b.Sentences.Select(s => (s.Id, s.Start, s.End, s.Role)));
        Assert.Equal(a.Warnings, b.Warnings);
    }
}
