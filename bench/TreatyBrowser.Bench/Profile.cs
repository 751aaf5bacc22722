using System.Diagnostics;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;

namespace TreatyBrowser.Bench;

/// <summary>Time spent in each extraction stage over N generated articles, cold (first pass) and warm (second).</summary>
internal static class Profile
{
    public static void Run(int n)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tb-prof");
        ArticleGenerator.Write(n, folder);
        var docs = SeedFolder.Read(folder).Documents;
        var lexicon = new CompiledLexicon(Lexicon.Default, compiled: true);
        var gaz = Gazetteer.Default;
        var prov = new ProvisionReader(lexicon, gaz);
        var cat = new SentenceCategorizer(lexicon);
        var ev = new EventReader(lexicon, gaz);
        for (var pass = 0; pass < 2; pass++)
        {
            var (tp, tc, te) = (0.0, 0.0, 0.0);
            foreach (var d in docs)
            {
                foreach (var s in d.BodySentences)
                {
                    var t = Stopwatch.GetTimestamp();
                    var folded = TextFold.Fold(s.Text);
                    var f = prov.Read(d.Id, s, folded);
                    tp += Stopwatch.GetElapsedTime(t).TotalMilliseconds; t = Stopwatch.GetTimestamp();
                    cat.Categorize(folded, f.Count > 0);
                    tc += Stopwatch.GetElapsedTime(t).TotalMilliseconds; t = Stopwatch.GetTimestamp();
                    ev.Read(d, s, false);
                    te += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                }
            }
            var pipeline = new ExtractionPipeline();
            var analyses = docs.Select(pipeline.Analyze).ToList();
            var t2 = Stopwatch.GetTimestamp();
            pipeline.BuildTreaties(analyses);
            var tb = Stopwatch.GetElapsedTime(t2).TotalMilliseconds;
            Console.WriteLine($"pass {pass}: provisions {tp:F0} ms, categories {tc:F0} ms, events {te:F0} ms, build treaties {tb:F0} ms");
        }
        Directory.Delete(folder, true);
    }
}
