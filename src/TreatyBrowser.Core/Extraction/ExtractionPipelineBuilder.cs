using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;
using TreatyBrowser.Core.Stages.Sentences;
using TreatyBrowser.Core.Stages.Treaties;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// The stages of extraction before they are frozen into an <see cref="ExtractionPipeline"/> (Markdig's pipeline
/// builder, only smaller). Each stage is given as a factory, because the pipeline builds its stages twice: once at
/// once with interpreted patterns, once more when the compiled patterns are ready. Each stage declares what it reads
/// and writes (<see cref="StageData"/>); the pipeline runs every stage after the stages that write what it reads, and
/// otherwise in the order added (<see cref="StageOrder"/>). A new extractor is one class and one line here or in the
/// caller: <c>builder.SentenceStages.Add(r => new MyReader(r.Lexicon))</c>.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>A builder with no stages, for <paramref name="lexicon"/> (default: the embedded one).</summary>
    public ExtractionPipelineBuilder(Lexicon? lexicon = null) => Lexicon = lexicon ?? Lexicon.Default;

    /// <summary>The lexicon every stage reads with.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Per-sentence stages, run over every sentence of a document in this order, each after those it reads from.</summary>
    public List<Func<ExtractionResources, ISentenceStage>> SentenceStages { get; } = [];

    /// <summary>Per-treaty stages, run once documents are grouped into treaties, in this order, each after those it reads from.</summary>
    public List<Func<ExtractionResources, ITreatyStage>> TreatyStages { get; } = [];

    /// <summary>
    /// The standard stages: catalogue provisions, open provisions, categories, dated events; then clauses,
    /// obligation profile, entities, term and timeline.
    /// </summary>
    public ExtractionPipelineBuilder UseDefaults()
    {
        SentenceStages.Add(r => new ProvisionReader(r.Lexicon, r.Gazetteer));
        SentenceStages.Add(r => new OpenProvisionReader(r.Lexicon, r.Gazetteer));
        SentenceStages.Add(r => new SentenceCategorizer(r.Lexicon));
        SentenceStages.Add(r => new EventReader(r.Lexicon, r.Gazetteer));
        TreatyStages.Add(_ => new ClauseMerger());
        TreatyStages.Add(_ => new ObligationProfiler());
        TreatyStages.Add(r => new EntityReader(r.Gazetteer));
        TreatyStages.Add(r => new TermReader(r.Lexicon));
        TreatyStages.Add(_ => new TimelineBuilder());
        return this;
    }

    /// <summary>
    /// Freezes the stages into an immutable pipeline, shared by every load. Throws when two stages each read what the
    /// other writes, or a pattern names a word list the lexicon lacks.
    /// </summary>
    public ExtractionPipeline Build() => new(Lexicon, [.. SentenceStages], [.. TreatyStages]);
}
