using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Stages;

/// <summary>The documents that report one treaty, with its name and parties.</summary>
/// <param name="Name">As the documents give it, or inferred (then <paramref name="NameInferred"/>).</param>
/// <param name="NameInferred">True when no document gave the name.</param>
/// <param name="Parties">The parties, as given or read from the text.</param>
/// <param name="Documents">The analysed documents, in corpus order.</param>
/// <param name="Identity">Where the name and parties came from, the other names, the agreements mentioned.</param>
public sealed record TreatyGroup(string Name, bool NameInferred, ImmutableArray<string> Parties, ImmutableArray<DocumentAnalysis> Documents, TreatyIdentity Identity)
{
    /// <summary>What the treaty's id is made from, when not its name ("unidentified" and the document's id, stable as the headline changes).</summary>
    public string? IdSource { get; init; }

    /// <summary>True when <paramref name="other"/> has the same name and parties and the very same analyses, in order.</summary>
    public bool SameAs(TreatyGroup other) =>
        Name == other.Name && NameInferred == other.NameInferred && Parties.SequenceEqual(other.Parties) && Identity.SameAs(other.Identity)
        && Documents.Length == other.Documents.Length && Documents.Zip(other.Documents).All(p => ReferenceEquals(p.First, p.Second));
}

/// <summary>A treaty with the group it was built from, so that a later build can tell whether it must be built again.</summary>
public sealed record BuiltTreaty(TreatyGroup Group, Treaty Treaty);
