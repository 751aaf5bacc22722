using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>The kinds of thing the entity reader names.</summary>
public enum EntityKind
{
    /// <summary>A state bound by the treaty.</summary>
    Party,

    /// <summary>Another state the reports mention.</summary>
    Country,

    /// <summary>A person, with the role the text gives.</summary>
    Person,

    /// <summary>An organisation, institution or news agency.</summary>
    Organisation,
}

/// <summary>A party, person or organisation, with every form the text uses for it and where.</summary>
/// <param name="Name">Canonical name ("Iran", "Vladimir Putin").</param>
/// <param name="Kind">Party, country, person or organisation.</param>
/// <param name="Role">A person's role as written ("President").</param>
/// <param name="Country">The country a person acts for.</param>
/// <param name="Forms">Surface forms as written ("Iran", "Tehran", "Iranian").</param>
/// <param name="Mentions">Where it is mentioned: <c>{document}#{sentence}</c>.</param>
[MemoryPackable]
public sealed partial record Entity(
    [property: Snapshots.Pooled] string Name,
    EntityKind Kind,
    [property: Snapshots.Pooled] string? Role,
    [property: Snapshots.Pooled] string? Country,
    ImmutableArray<string> Forms,
    ImmutableArray<string> Mentions);
