using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages.Sentences;

/// <summary>Where one lexicon provision's pattern matched in a sentence.</summary>
internal readonly record struct ProvisionMatch(ProvisionDefinition Definition, int Start, int End);
