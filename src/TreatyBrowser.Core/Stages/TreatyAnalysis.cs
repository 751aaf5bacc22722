using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Stages;

/// <summary>What the treaty stages share while they build one treaty: its group of documents and what earlier stages built.</summary>
public sealed class TreatyAnalysis(string id, TreatyGroup group, IReadOnlyDictionary<string, int> documentOrder, IReadOnlyList<string> categoryOrder)
{
    /// <summary>The treaty's permalink id.</summary>
    public string Id { get; } = id;

    /// <summary>Its name, parties and the analysed documents that report it.</summary>
    public TreatyGroup Group { get; } = group;

    /// <summary>The documents, in corpus order.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; } = [.. group.Documents.Select(d => d.Document)];

    /// <summary>Each document's position in the corpus, so merged results follow the corpus order.</summary>
    public IReadOnlyDictionary<string, int> DocumentOrder { get; } = documentOrder;

    /// <summary>The lexicon's categories in order.</summary>
    public IReadOnlyList<string> CategoryOrder { get; } = categoryOrder;

    /// <summary>The clauses found so far, in category order.</summary>
    public ImmutableArray<Clause> Clauses { get; set; } = [];

    /// <summary>The obligation profile, once a stage has built it.</summary>
    public ImmutableArray<ObligationEntry> Profile { get; set; } = [];

    /// <summary>Parties, people and organisations named in the reports.</summary>
    public ImmutableArray<Entity> Entities { get; set; } = [];

    /// <summary>The stated term ("20 years"), where a report gives one.</summary>
    public TreatyTerm? Term { get; set; }

    /// <summary>The dated events and the status table.</summary>
    public Model.Timeline Timeline { get; set; } = Model.Timeline.Empty;

    /// <summary>The finished treaty.</summary>
    public Treaty ToTreaty() => new(Id, Group.Name, Group.NameInferred, Group.Parties, Term, [.. Documents.Select(d => d.Id)], Clauses, Profile, Entities, Timeline, Group.Identity);
}
