using System.Text;
using BenchmarkDotNet.Attributes;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Timeline;

namespace TreatyBrowser.Bench;

/// <summary>The loader's stages on 50 generated articles (about 150 KB). Throughput in MB/s is printed after the run.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LoaderStages
{
    private readonly ExtractionPipeline _pipeline = new();
    private string[] _texts = [];
    private SourceDocument[] _documents = [];
    private Sentence[] _sentences = [];

    /// <summary>UTF-8 bytes of the 50 articles: the unit of the MB/s figures (the same in every process).</summary>
    public static long Bytes { get; } = Texts().Sum(t => (long)Encoding.UTF8.GetByteCount(t));

    private static string[] Texts()
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, 50).Select(i => ArticleGenerator.Article(random, i % 10, i))];
    }

    [GlobalSetup]
    public void Setup()
    {
        _texts = Texts();
        _documents = [.. _texts.Select((t, i) => DocumentLoader.Load($"a{i}.txt", t))];
        _sentences = [.. _documents.SelectMany(d => d.BodySentences)];
    }

    [Benchmark(Description = "load: front matter, paragraphs, sentence splitting")]
    public int SplitSentences() => _texts.Select((t, i) => DocumentLoader.Load($"a{i}.txt", t).Sentences.Length).Sum();

    [Benchmark(Description = "extract: categories, provisions, dated events")]
    public int Categorise() => _documents.Sum(d => _pipeline.Analyze(d).Candidates.Length);

    [Benchmark(Description = "dates: find and resolve every date expression")]
    public int ResolveDates()
    {
        var published = new DateOnly(2025, 5, 21);
        var found = 0;
        foreach (var sentence in _sentences)
        {
            foreach (var mention in DateFinder.Find(sentence.Text))
            {
                found += DateResolver.Resolve(mention, sentence.Text, published, future: false, anchor: null).Date is null ? 0 : 1;
            }
        }

        return found;
    }
}
