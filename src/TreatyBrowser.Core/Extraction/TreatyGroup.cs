using System.Collections.Immutable;

namespace TreatyBrowser.Core.Extraction;

/// <summary>The documents that report one treaty, with its name and parties.</summary>
/// <param name="Name">As the documents give it, or inferred (then <paramref name="NameInferred"/>).</param>
/// <param name="NameInferred">True when no document gave the name.</param>
/// <param name="Parties">The parties, as given or read from the text.</param>
/// <param name="Documents">The analysed documents, in corpus order.</param>
public sealed record TreatyGroup(string Name, bool NameInferred, ImmutableArray<string> Parties, ImmutableArray<DocumentAnalysis> Documents);
