using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>What the reports say of one alliance-obligation type.</summary>
public enum ObligationValue
{
    /// <summary>Some report says the treaty contains it.</summary>
    Present,

    /// <summary>Reports say the treaty does not contain it.</summary>
    StatedAbsent,

    /// <summary>Reports disagree.</summary>
    Disputed,

    /// <summary>No report mentions it.</summary>
    NotReported,
}

/// <summary>
/// One row of a treaty's obligation profile, in the manner of the ATOP codebook's obligation types. This is the
/// app's reading of news reports, not an official coding.
/// </summary>
/// <param name="Type">defence, offence, neutrality, nonaggression or consultation.</param>
/// <param name="Label">The type's name for readers.</param>
/// <param name="Description">What the type means, in one line.</param>
/// <param name="Value">What the reports say.</param>
/// <param name="ClauseIds">The clauses that are its evidence.</param>
[MemoryPackable]
public sealed partial record ObligationEntry(string Type, string Label, string Description, ObligationValue Value, ImmutableArray<string> ClauseIds);
