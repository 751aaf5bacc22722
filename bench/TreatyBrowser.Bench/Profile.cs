using System.Diagnostics;
using System.Globalization;
using TreatyBrowser.Core.Extraction;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Timeline;
using TreatyBrowser.Core.Grouping;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Bench;

/// <summary>
/// Where extraction spends its time, over N generated articles: each stage of the real pipeline (wrapped in a
/// stopwatch), then each lexicon pattern alone over every folded sentence. Warm: one untimed pass first.
/// </summary>
internal static class Profile
{
    /// <summary>Profiles <paramref name="n"/> generated articles.</summary>
    public static void Run(int n)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tb-prof-{Environment.ProcessId}");
        try
        {
            ArticleGenerator.Write(n, folder);
            RunOn(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Profiles the articles in <paramref name="folder"/> (real-style text: bench devset N DIR).</summary>
    public static void RunOn(string folder)
    {
        var documents = SeedFolder.Read(folder).Documents;
        var n = documents.Length;
        var bytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
        var timers = new Dictionary<string, Stopwatch>();
        var builder = new ExtractionPipelineBuilder().UseDefaults();
        Wrap(builder.SentenceStages, factory => r => new TimedSentenceStage(factory(r), timers));
        Wrap(builder.TreatyStages, factory => r => new TimedTreatyStage(factory(r), timers));
        var pipeline = builder.Build();
        pipeline.CompileAsync().Wait();
        pipeline.BuildTreaties([.. documents.Select(pipeline.Analyze)]);
        timers.Clear();

        var total = Stopwatch.StartNew();
        var analyses = documents.Select(pipeline.Analyze).ToList();
        var analyse = total.Elapsed;
        pipeline.BuildTreaties(analyses);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{n:N0} articles, {bytes / 1e6:F2} MB, one thread: analyse {analyse.TotalMilliseconds:F0} ms ({bytes / 1e6 / analyse.TotalSeconds:F1} " +
                $"MB/s), with treaties {total.ElapsedMilliseconds} ms"));
        Console.WriteLine("\n| stage | ms | share |\n|---|---:|---:|");
        foreach (var (name, watch) in timers.OrderByDescending(t => t.Value.Elapsed))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {watch.Elapsed.TotalMilliseconds:F0} | {watch.Elapsed / total.Elapsed:P0} |"));
        }

        Identity(analyses);
        Patterns(documents.SelectMany(d => d.Sentences).Select(s => TextFold.Fold(s.Text)).ToList());
    }

    // The identity reading (part of analysis above), each part alone over every document: names, parties, the noun.
    private static void Identity(List<DocumentAnalysis> analyses)
    {
        var lexicon = new CompiledLexicon(Lexicon.Default, compiled: true);
        var namer = new TreatyNamer(lexicon, Gazetteer.Default);
        var parties = new PartyReader(lexicon, Gazetteer.Default);
        var reader = new DocumentIdentityReader(lexicon, Gazetteer.Default);
        analyses.ForEach(a => reader.Read(a));
        var names = Stopwatch.StartNew();
        var readings = analyses.Select(a => namer.Read(a.Document)).ToList();
        names.Stop();
        var party = Stopwatch.StartNew();
        analyses.Zip(readings).ToList().ForEach(x => parties.Read(x.First, x.Second));
        party.Stop();
        var whole = Stopwatch.StartNew();
        analyses.ForEach(a => reader.Read(a));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n| identity (in analyse) | ms |\n|---|---:|\n| names | {names.Elapsed.TotalMilliseconds:F0} |\n| parties | " +
                $"{party.Elapsed.TotalMilliseconds:F0} |\n| all (names, parties, noun) | {whole.Elapsed.TotalMilliseconds:F0} |"));
    }

    // Each pattern's cost alone: Matches over every sentence, as the stages call it, once per sentence.
    private static void Patterns(List<string> sentences)
    {
        var lexicon = new CompiledLexicon(Lexicon.Default, compiled: true);
        lexicon.Warm();
        var patterns = lexicon.AllPatterns
            .Append(("gazetteer institutions", Gazetteer.Default.Institutions))
            .Select(p => (Name: $"{p.Item1} [{Needs(p.Item2)}]", Count: (Func<string, int>)(s => p.Item2.Count(s))))
            .Append(("gazetteer names", s => Gazetteer.Default.Names.Matches(s).Count))
            .Append(("DateFinder.Find", s => DateFinder.Find(s).Count))
            .ToList();
        Console.WriteLine($"\n| pattern (each alone, all {sentences.Count:N0} sentences) | ms | hits |\n|---|---:|---:|");
        var rows = new List<(string Name, double Ms, int Hits)>();
        foreach (var (name, count) in patterns)
        {
            sentences.ForEach(s => count(s));
            var watch = Stopwatch.StartNew();
            var hits = sentences.Sum(count);
            rows.Add((name, watch.Elapsed.TotalMilliseconds, hits));
        }

        foreach (var (name, ms, hits) in rows.OrderByDescending(r => r.Ms))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ms:F1} | {hits:N0} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all patterns, once each** | {rows.Sum(r => r.Ms):F0} | |"));
    }

    // The shortest literals the pattern's quick test looks for, or "always" when it has none.
    private static string Needs(CuePattern pattern) =>
        pattern.AlwaysRuns ? "always" : string.Join(" ", pattern.Required.SelectMany(r => r!.Value).OrderBy(l => l.Length).Take(4).Select(l => $"'{l}'"));

    private static void Wrap<T>(List<Func<ExtractionResources, T>> stages, Func<Func<ExtractionResources, T>, Func<ExtractionResources, T>> wrap)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            stages[i] = wrap(stages[i]);
        }
    }

    private static Stopwatch Timer(Dictionary<string, Stopwatch> timers, object stage)
    {
        var name = stage.GetType().Name;
        lock (timers)
        {
            return timers.TryGetValue(name, out var watch) ? watch : timers[name] = new Stopwatch();
        }
    }

    // Runs one stage's work under that stage's stopwatch.
    private static void Time(Dictionary<string, Stopwatch> timers, object stage, Action work)
    {
        var watch = Timer(timers, stage);
        watch.Start();
        work();
        watch.Stop();
    }

    private sealed class TimedSentenceStage(ISentenceStage inner, Dictionary<string, Stopwatch> timers) : ISentenceStage
    {
        public StageData Reads => inner.Reads;

        public StageData Writes => inner.Writes;

        public void Read(SentenceAnalysis sentence) => Time(timers, inner, () => inner.Read(sentence));
    }

    private sealed class TimedTreatyStage(ITreatyStage inner, Dictionary<string, Stopwatch> timers) : ITreatyStage
    {
        public StageData Reads => inner.Reads;

        public StageData Writes => inner.Writes;

        public void Build(TreatyAnalysis treaty) => Time(timers, inner, () => inner.Build(treaty));
    }
}
