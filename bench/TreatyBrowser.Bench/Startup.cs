using System.Diagnostics;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Bench;

/// <summary>Where the first corpus load spends its time in a fresh process (what cold start pays).</summary>
internal static class Startup
{
    public static void Run(string seeds)
    {
        var clock = Stopwatch.StartNew();
        void Mark(string what) { Console.WriteLine($"{clock.ElapsedMilliseconds,6} ms  {what}"); clock.Restart(); }
        var lexicon = Lexicon.Default;
        Mark("lexicon read");
        var gazetteer = Gazetteer.Default;
        Mark("gazetteer");
        var pipeline = new ExtractionPipeline(lexicon);
        Mark("pipeline (regexes compiled)");
        var contents = SeedFolder.Read(seeds);
        Mark("seed folder read");
        var analyses = contents.Documents.Select(pipeline.Analyze).ToList();
        Mark("analyze");
        var treaties = pipeline.BuildTreaties(analyses);
        Mark("build treaties");
        var synonyms = TreatyBrowser.Core.Search.Synonyms.Default;
        Mark("synonyms");
        TreatyBrowser.Core.Search.SearchIndex.Build(analyses.Select(a => a.Document), treaties, ["defence"], synonyms);
        Mark("search index");
        CorpusBuilder.Build(contents, pipeline);
        Mark("second full build");
        GC.KeepAlive(gazetteer);
    }
}
