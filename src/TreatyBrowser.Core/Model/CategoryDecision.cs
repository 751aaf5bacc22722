using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>A category given to a sentence and the reasons for it, so a reader can see why.</summary>
/// <param name="Category">A category name from the cue lexicon (<c>defence</c>, <c>timeline</c>, <c>context</c>, …).</param>
/// <param name="Reasons">The cue words or patterns that fired, as written in the sentence or named by the rule.</param>
[MemoryPackable]
public sealed partial record CategoryDecision([property: Snapshots.Pooled] string Category, [property: Snapshots.PooledList] ImmutableArray<string> Reasons);
