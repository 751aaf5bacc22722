using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages;

/// <summary>
/// One step of reading a sentence (categories, provisions, dates). Stateless: one instance reads every sentence, in
/// parallel. It says what of the analysis it reads and what it adds, and the builder runs it after every stage that
/// adds what it reads (<c>ExtractionPipelineBuilder.Ordered</c>).
/// </summary>
public interface ISentenceStage
{
    /// <summary>What of the analysis, written by other stages, this stage reads.</summary>
    StageData Reads => StageData.None;

    /// <summary>What this stage adds to the analysis.</summary>
    StageData Writes { get; }

    /// <summary>Reads <paramref name="sentence"/> and adds what it finds to it.</summary>
    void Read(SentenceAnalysis sentence);
}

/// <summary>One step of building a treaty from its documents (clauses, profile, entities, timeline).</summary>
public interface ITreatyStage
{
    /// <summary>What of the treaty, written by other stages, this stage reads.</summary>
    StageData Reads => StageData.None;

    /// <summary>What this stage sets on the treaty.</summary>
    StageData Writes { get; }

    /// <summary>Adds what it builds to <paramref name="treaty"/>.</summary>
    void Build(TreatyAnalysis treaty);
}

/// <summary>The parts of a sentence's or a treaty's analysis that stages write and read.</summary>
[Flags]
public enum StageData
{
    /// <summary>Nothing: a stage that reads only the sentence or the documents.</summary>
    None = 0,

    /// <summary><see cref="SentenceAnalysis.Candidates"/>: the provisions found in the sentence.</summary>
    Candidates = 1 << 0,

    /// <summary><see cref="SentenceAnalysis.Categories"/>: the sentence's categories with their reasons.</summary>
    Categories = 1 << 1,

    /// <summary><see cref="SentenceAnalysis.IsContext"/>: the sentence is background.</summary>
    Context = 1 << 2,

    /// <summary><see cref="SentenceAnalysis.Events"/>: the events the sentence dates.</summary>
    Events = 1 << 3,

    /// <summary><see cref="TreatyAnalysis.Clauses"/>.</summary>
    Clauses = 1 << 8,

    /// <summary><see cref="TreatyAnalysis.Profile"/>: the alliance-obligation profile.</summary>
    Profile = 1 << 9,

    /// <summary><see cref="TreatyAnalysis.Entities"/>.</summary>
    Entities = 1 << 10,

    /// <summary><see cref="TreatyAnalysis.Term"/>.</summary>
    Term = 1 << 11,

    /// <summary><see cref="TreatyAnalysis.Timeline"/>.</summary>
    Timeline = 1 << 12,
}

/// <summary>What a stage may use: the compiled lexicon and the gazetteer the pipeline was built with.</summary>
public sealed record ExtractionResources(CompiledLexicon Lexicon, Gazetteer Gazetteer);
