using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages;

/// <summary>One step of reading a sentence (categories, provisions, dates). Stateless: one instance reads every sentence, in parallel.</summary>
public interface ISentenceStage
{
    /// <summary>Reads <paramref name="sentence"/> and adds what it finds to it.</summary>
    void Read(SentenceAnalysis sentence);
}

/// <summary>One step of building a treaty from its documents (clauses, profile, entities, timeline).</summary>
public interface ITreatyStage
{
    /// <summary>Adds what it builds to <paramref name="treaty"/>.</summary>
    void Build(TreatyAnalysis treaty);
}

/// <summary>What a stage may use: the compiled lexicon and the gazetteer the pipeline was built with.</summary>
public sealed record ExtractionResources(CompiledLexicon Lexicon, Gazetteer Gazetteer);
