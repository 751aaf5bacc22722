using System.Collections.Immutable;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Grouping;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;
using TreatyBrowser.Core.Stages.Sentences;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// The stages that turn loaded documents into treaties, frozen from an <see cref="ExtractionPipelineBuilder"/>: per
/// sentence (headings and body), the sentence stages in order; then, per treaty, the treaty stages in order. Immutable
/// and shared by every load.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly CompiledLexicon _lexicon;
    private readonly ImmutableArray<Func<ExtractionResources, ISentenceStage>> _sentenceFactories;
    private readonly ImmutableArray<Func<ExtractionResources, ITreatyStage>> _treatyFactories;
    private readonly Lazy<Task> _compiling;
    private Stages _stages;

    /// <summary>The most provision phrases read from one document (a long treaty report has a few dozen).</summary>
    public const int MaxCandidates = 2_000;

    /// <summary>The most dated events read from one document (a long report has a few dozen).</summary>
    public const int MaxEvents = 1_000;

    /// <summary>The standard pipeline for <paramref name="lexicon"/> (default: the embedded one).</summary>
    public ExtractionPipeline(Lexicon? lexicon = null)
        : this(new ExtractionPipelineBuilder(lexicon).UseDefaults())
    {
    }

    private ExtractionPipeline(ExtractionPipelineBuilder builder)
        : this(builder.Lexicon, [.. builder.SentenceStages], [.. builder.TreatyStages])
    {
    }

    /// <summary>
    /// A pipeline of the given stages, reading with interpreted patterns; <see cref="CompileAsync"/> switches it to
    /// compiled ones. Nothing is started here.
    /// </summary>
    internal ExtractionPipeline(Lexicon lexicon, ImmutableArray<Func<ExtractionResources, ISentenceStage>> sentenceStages, ImmutableArray<Func<ExtractionResources, ITreatyStage>> treatyStages)
    {
        _lexicon = new CompiledLexicon(lexicon);
        _sentenceFactories = sentenceStages;
        _treatyFactories = treatyStages;
        _stages = MakeStages(_lexicon);
        _compiling = new Lazy<Task>(() => Task.Run(() =>
        {
            var compiled = new CompiledLexicon(lexicon, compiled: true);
            var stages = MakeStages(compiled);
            compiled.Warm();
            Volatile.Write(ref _stages, stages);
        }));
    }

    /// <summary>
    /// Compiles the lexicon's patterns on a pool thread and, once they are warm, reads with them: several times faster,
    /// reading exactly the same. Until then the interpreted ones serve, so a load need not wait. The first call starts
    /// it; every call gives the same task. The app starts it before its first load; benchmarks wait for it.
    /// </summary>
    public Task CompileAsync() => _compiling.Value;

    /// <summary>The lexicon the stages read with.</summary>
    public Lexicon Lexicon => _lexicon.Source;

    /// <summary>The categories, in lexicon order, with their labels.</summary>
    public ImmutableArray<CategoryDefinition> Categories => _lexicon.Source.Categories;

    /// <summary>Every category a sentence can have: the lexicon's, then timeline and context.</summary>
    public IEnumerable<string> SentenceCategories =>
        Categories.Select(c => c.Name).Concat([EventReader.Category, SentenceCategorizer.Context]);

    /// <summary>Runs the sentence stages over every heading and body sentence of one document.</summary>
    public DocumentAnalysis Analyze(SourceDocument document) => Analyze(document, CancellationToken.None);

    /// <summary>
    /// As <see cref="Analyze(SourceDocument)"/>, stopping between sentences once <paramref name="cancellationToken"/>
    /// is cancelled (the reader who asked has gone): an <see cref="OperationCanceledException"/>, no partial result.
    /// </summary>
    public DocumentAnalysis Analyze(SourceDocument document, CancellationToken cancellationToken)
    {
        var stages = Volatile.Read(ref _stages);
        var sentences = document.Sentences.ToBuilder();
        var candidates = new List<ClauseCandidate>();
        var events = new List<TimelineEvent>();
        var context = ImmutableHashSet.CreateBuilder<string>();
        var warnings = new List<string>();
        var (droppedCandidates, droppedEvents) = (0, 0);
        foreach (var sentence in document.Sentences.Where(s => s.Role != SentenceRole.Dateline))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = new SentenceAnalysis(document, sentence, sentence.Index > 0 ? document.Sentences[sentence.Index - 1] : null, events, stages.Items);
            foreach (var stage in stages.Sentence)
            {
                try
                {
                    stage.Read(analysis);
                }
                catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
                {
                    // A lexicon pattern that runs past its time limit on one sentence (hostile text on a busy machine)
                    // costs that sentence that stage's reading, never the article.
                    warnings.Add($"sentence {sentence.Id}: the {stage.GetType().Name} stage ran past its time limit and was skipped for it");
                }
            }

            if (analysis.IsContext)
            {
                context.Add(sentence.Id);
            }

            // Past the caps a file is no news article (a table of dates, a generated text): what is left unread is
            // counted and reported, never silently dropped.
            var room = MaxCandidates - candidates.Count;
            candidates.AddRange(analysis.Candidates.Take(room));
            droppedCandidates += Math.Max(0, analysis.Candidates.Count - room);
            var eventRoom = MaxEvents - events.Count;
            events.AddRange(analysis.Events.Take(eventRoom));
            droppedEvents += Math.Max(0, analysis.Events.Count - eventRoom);
            sentences[sentence.Index] = sentence with { Categories = [.. analysis.Categories.OrderBy(d => CategoryRank(d.Category))] };
        }

        if (droppedCandidates > 0)
        {
            warnings.Add($"{droppedCandidates:N0} provision phrase(s) past the first {MaxCandidates:N0} were not read");
        }

        if (droppedEvents > 0)
        {
            warnings.Add($"{droppedEvents:N0} dated event(s) past the first {MaxEvents:N0} were not read");
        }

        var analysed = new DocumentAnalysis(
            document with { Sentences = sentences.ToImmutable(), Warnings = document.Warnings.AddRange(warnings) },
            [.. candidates],
            [.. events],
            context.ToImmutable());
        return analysed with { Identity = stages.Identity.Read(analysed) };
    }

    /// <summary>Groups analysed documents into treaties and runs the treaty stages over each.</summary>
    public ImmutableArray<Treaty> BuildTreaties(IReadOnlyList<DocumentAnalysis> analyses) =>
        [.. BuildTreaties(analyses, []).Select(t => t.Treaty)];

    /// <summary>
    /// Groups analysed documents into treaties and runs the treaty stages over each, in parallel. A treaty of
    /// <paramref name="previous"/> whose group is unchanged (same id, name, parties and the very same analyses, in the
    /// same order) is taken as it was: the stages would build it again identically.
    /// </summary>
    public ImmutableArray<BuiltTreaty> BuildTreaties(IReadOnlyList<DocumentAnalysis> analyses, IReadOnlyCollection<BuiltTreaty> previous)
    {
        var stages = Volatile.Read(ref _stages);
        var order = analyses.Select((a, i) => (a.Document.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var categoryOrder = _lexicon.Source.Categories.Select(c => c.Name).ToList();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var groups = stages.Grouper.Group(analyses).Select(g => (Id: UniqueId(Slug.From(g.IdSource ?? g.Name), usedIds), Group: g)).ToList();
        var before = previous.ToDictionary(t => t.Treaty.Id, StringComparer.Ordinal);
        // In parallel for a corpus of many treaties; one treaty (a pasted article, a small folder) is built in the
        // calling thread, which under load must not wait for pool threads.
        BuiltTreaty Build((string Id, TreatyGroup Group) g)
        {
            if (before.TryGetValue(g.Id, out var old) && old.Group.SameAs(g.Group))
            {
                return old;
            }

            var treaty = new TreatyAnalysis(g.Id, g.Group, order, categoryOrder);
            foreach (var stage in stages.Treaty)
            {
                stage.Build(treaty);
            }

            return new BuiltTreaty(g.Group, treaty.ToTreaty());
        }

        // ToArray runs the parallel query with the calling thread taking part (see CorpusBuilder.Build).
        return groups.Count > 2 ? [.. groups.AsParallel().AsOrdered().Select(Build).ToArray()] : [.. groups.Select(Build)];
    }

    private Stages MakeStages(CompiledLexicon lexicon)
    {
        var resources = new ExtractionResources(lexicon, Gazetteer.Default);
        return new Stages(
            [.. StageOrder.Of([.. _sentenceFactories.Select(f => f(resources))], s => s.Reads, s => s.Writes)],
            [.. StageOrder.Of([.. _treatyFactories.Select(f => f(resources))], s => s.Reads, s => s.Writes)],
            new DocumentIdentityReader(lexicon, resources.Gazetteer),
            new TreatyGrouper(resources.Gazetteer),
            new SentenceItems(lexicon));
    }

    private sealed record Stages(ImmutableArray<ISentenceStage> Sentence, ImmutableArray<ITreatyStage> Treaty, DocumentIdentityReader Identity, TreatyGrouper Grouper, SentenceItems Items);

    private int CategoryRank(string category)
    {
        var index = _lexicon.Source.Categories.IndexOf(_lexicon.Source.Categories.FirstOrDefault(c => c.Name == category)!);
        return category switch
        {
            EventReader.Category => 1000,
            SentenceCategorizer.Context => 1001,
            _ => index < 0 ? 999 : index,
        };
    }

    private static string UniqueId(string id, HashSet<string> used)
    {
        id = id.Length == 0 ? "treaty" : id;
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
