using System.Collections.Immutable;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Grouping;

/// <summary>
/// Groups documents by treaty, as an archive of many agreements needs. The front-matter name wins where given.
/// Otherwise a document is read for the agreement it reports (<see cref="TreatyNamer"/>) and its parties
/// (<see cref="PartyReader"/>), and joins a treaty when:
/// <list type="bullet">
/// <item>a name agrees: the same acronym, or the same name once the parties' names, spelling and the treaty noun are
/// set aside ("Comprehensive Strategic Partnership Treaty" and "Iran–Russia Comprehensive Strategic Partnership
/// Agreement"), between compatible parties (Japan's RAA with Australia is not its RAA with the UK);</item>
/// <item>or neither names it, and the parties are the same and the dates known and within a year.</item>
/// </list>
/// A document that names no agreement and no two parties is a treaty of its own, which says so.
/// </summary>
internal sealed partial class TreatyGrouper(Gazetteer gazetteer)
{
    // A reload regroups every document; an unchanged one keeps its analysis object, and so its reading (name key and all).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, DocumentReading> _readings = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentAnalysis, LastBuild> _built = [];

    // Reports of one agreement cluster around its events; the same parties' next agreement is usually years later.
    private const int MaxDaysApart = 366;


    public List<TreatyGroup> Group(IReadOnlyList<DocumentAnalysis> analyses)
    {
        var groups = new List<Builder>();
        var byKey = new Dictionary<string, List<Builder>>(StringComparer.Ordinal);
        var readings = analyses.Select((a, i) => (Reading: _readings.GetValue(a, Read), Order: i)).ToList();

        // Named reports first, so that a report that names nothing can join the one named treaty of its parties.
        foreach (var (reading, order) in readings.Where(r => r.Reading.Name is not null))
        {
            var group = Candidates(reading, byKey).FirstOrDefault(g => g.AcceptsNamed(reading));
            Add(reading, order, group);
        }

        foreach (var (reading, order) in readings.Where(r => r.Reading.Name is null))
        {
            var sameParties = reading.Parties.Length >= 2 && byKey.TryGetValue(reading.PartiesKey, out var list) ? list : [];
            var named = sameParties.Where(g => g.IsNamed && !g.ContradictsDate(reading)).ToList();
            var group = named.Count == 1 ? named[0] : sameParties.FirstOrDefault(g => !g.IsNamed && g.AcceptsUnnamed(reading));
            Add(reading, order, group);
        }

        return [.. groups.OrderBy(g => g.Order).Select(Built)];

        void Add(DocumentReading reading, int order, Builder? group)
        {
            if (group is null)
            {
                group = new Builder();
                groups.Add(group);
            }

            group.Add(reading, order);
            foreach (var key in reading.Keys)
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(group))
                {
                    list.Add(group);
                }
            }
        }
    }

    // A group of the very same readings as at the last build (most of them, on a one-file reload) is taken as built.
    private TreatyGroup Built(Builder builder)
    {
        var readings = builder.Readings;
        var first = readings[0].Analysis;
        if (_built.TryGetValue(first, out var last) && last.Readings.Length == readings.Length
            && last.Readings.Zip(readings).All(p => ReferenceEquals(p.First, p.Second)))
        {
            return last.Group;
        }

        var group = builder.Build();
        _built.AddOrUpdate(first, new LastBuild(readings, group));
        return group;
    }

    private DocumentReading Read(DocumentAnalysis analysis)
    {
        var metadata = analysis.Document.Metadata;
        var identity = analysis.Identity;
        if (metadata.Treaty is { } treaty)
        {
            var name = new AgreementName(treaty, null, analysis.Document.Id, "");
            var read = metadata.Parties.IsDefaultOrEmpty ? identity.Parties : [];
            var given = metadata.Parties.IsDefaultOrEmpty ? read.Select(p => p.Party) : metadata.Parties;
            return new DocumentReading(analysis, name, FromFrontMatter: true, [], [.. given], [.. read], identity.Names.Mentioned, metadata.Published, gazetteer);
        }

        var names = identity.Names;
        return new DocumentReading(analysis, names.Main, FromFrontMatter: false, names.Aliases, [.. identity.Parties.Select(p => p.Party)],
            [.. identity.Parties], names.Mentioned, metadata.Published, gazetteer);
    }

    // Only groups that share a key can be the same treaty: a look-up, not a scan of every treaty of a large archive.
    // A named report can only join a treaty of the same name or acronym: its parties' key, shared by every agreement
    // between them, is not looked at here.
    private static IEnumerable<Builder> Candidates(DocumentReading reading, Dictionary<string, List<Builder>> byKey) =>
        reading.Keys.Where(k => !k.StartsWith(PartiesPrefix, StringComparison.Ordinal))
            .SelectMany(k => byKey.TryGetValue(k, out var list) ? list : []).Distinct().OrderBy(g => g.Order);

    private const string PartiesPrefix = "parties:";

    private sealed record LastBuild(DocumentReading[] Readings, TreatyGroup Group);

    private sealed record DocumentReading(
        DocumentAnalysis Analysis,
        AgreementName? Name,
        bool FromFrontMatter,
        ImmutableArray<AgreementName> Aliases,
        ImmutableArray<string> Parties,
        List<PartyRef> PartySources,
        ImmutableArray<AgreementName> Mentioned,
        DateOnly? Published,
        Gazetteer Gazetteer)
    {
        public string? NameKey { get; } = Name is null ? null : TreatyNameKey.Of(Name.Name, Gazetteer);

        public string? Acronym { get; } = Name?.Acronym ?? Aliases.Select(a => a.Acronym).FirstOrDefault(a => a is not null);

        public string PartiesKey { get; } = PartiesPrefix + string.Join("|", Parties.Order(StringComparer.Ordinal));

        /// <summary>The look-up keys: its name's key, its acronym, its parties.</summary>
        public string[] Keys => field ??= [.. KeysOf()];

        private IEnumerable<string> KeysOf()
        {
            if (NameKey is not null)
            {
                yield return "name:" + NameKey;
            }

            if (Acronym is not null)
            {
                yield return "acronym:" + Acronym.ToUpperInvariant();
            }

            if (Parties.Length >= 2)
            {
                yield return PartiesKey;
            }
        }
    }
}
