using MemoryPack;
using System.Collections.Immutable;

namespace TreatyBrowser.Core.Model;

/// <summary>A treaty as the corpus reports it: its parties, clauses, obligation profile, entities and sources.</summary>
/// <param name="Id">Slug of its name; its permalink.</param>
/// <param name="Name">From front matter, or inferred from the parties and the treaty words in the text.</param>
/// <param name="NameInferred">True when no document gave the name.</param>
/// <param name="Parties">The states it binds.</param>
/// <param name="Term">Its term where stated ("20 years"), with the sentence that states it.</param>
/// <param name="DocumentIds">The articles that report it.</param>
/// <param name="Clauses">Its provisions, grouped by category in lexicon order.</param>
/// <param name="Profile">The obligation profile.</param>
/// <param name="Entities">Parties, people and organisations.</param>
/// <param name="Timeline">Dated events, in order.</param>
/// <param name="Identity">Where the name and parties came from, its other names, and the agreements its reports mention.</param>
[MemoryPackable]
public sealed partial record Treaty(
    string Id,
    string Name,
    bool NameInferred,
    ImmutableArray<string> Parties,
    TreatyTerm? Term,
    ImmutableArray<string> DocumentIds,
    ImmutableArray<Clause> Clauses,
    ImmutableArray<ObligationEntry> Profile,
    ImmutableArray<Entity> Entities,
    Timeline Timeline,
    TreatyIdentity Identity)
{
    /// <summary>The clauses of one category.</summary>
    public IEnumerable<Clause> ClausesIn(string category) => Clauses.Where(c => c.Category == category);

    /// <summary>The clause with the given category and id, or null.</summary>
    public Clause? FindClause(string category, string clauseId) => Clauses.FirstOrDefault(c => c.Category == category && c.Id == clauseId);

    /// <summary>The clause that once had <paramref name="formerId"/> in <paramref name="category"/>, for a permanent redirect.</summary>
    public Clause? FindFormerClause(string category, string formerId) =>
        FindClause(category, formerId) is null ? Clauses.FirstOrDefault(c => c.Category == category && c.FormerIds.Contains(formerId)) : null;
}

/// <summary>A treaty's stated term and where it is stated.</summary>
[MemoryPackable]
public sealed partial record TreatyTerm(string Text, string DocumentId, string SentenceId);
