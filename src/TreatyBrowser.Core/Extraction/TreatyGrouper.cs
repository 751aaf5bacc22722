using System.Collections.Immutable;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

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
internal sealed class TreatyGrouper(Gazetteer gazetteer)
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
        return new DocumentReading(analysis, names.Main, FromFrontMatter: false, names.Aliases, [.. identity.Parties.Select(p => p.Party)], [.. identity.Parties], names.Mentioned, metadata.Published, gazetteer);
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

    private sealed class Builder
    {
        // A report that names no agreement joins a named one of its parties unless their dates are this far apart.
        private const int MaxDaysApartNamed = 3 * 366;

        private readonly List<DocumentReading> _readings = [];
        private readonly List<int> _orders = [];

        // One reading for each distinct name, acronym, parties and source of the name: a treaty reported a thousand
        // times the same way is compared once, not a thousand times, with each new report.
        private readonly List<DocumentReading> _distinct = [];
        private readonly HashSet<(string?, string?, string, bool)> _signatures = [];
        private DateOnly? _earliest;
        private DateOnly? _latest;
        private bool _undated;

        /// <summary>The corpus position of its first document: treaties keep the corpus order.</summary>
        public int Order { get; private set; } = int.MaxValue;

        public bool IsNamed { get; private set; }

        /// <summary>Its readings in corpus order.</summary>
        public DocumentReading[] Readings => [.. _readings.Zip(_orders).OrderBy(x => x.Second).Select(x => x.First)];

        public bool AcceptsNamed(DocumentReading reading)
        {
            if (reading.FromFrontMatter || _distinct.Any(r => r.FromFrontMatter))
            {
                // Front matter names the treaty outright; a text joins it by name alone.
                return _distinct.Any(r => r.NameKey == reading.NameKey && PartiesAgree(r, reading));
            }

            // A name of four or more words ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership") is
            // one agreement whoever the reports name as parties; a shorter one ("Reciprocal Access Agreement") is a kind
            // of agreement, one per pair of parties.
            return _distinct.Any(r => r.Name is not null && NamesAgree(r, reading) && (PartiesAgree(r, reading) || Specific(r) || Specific(reading)));
        }

        // Neither names it: the same parties, and dates that say the reports are of one time (all within a year).
        public bool AcceptsUnnamed(DocumentReading reading) =>
            !_undated && reading.Published is { } b && _distinct.All(r => r.PartiesKey == reading.PartiesKey)
            && b.DayNumber - _earliest!.Value.DayNumber <= MaxDaysApart && _latest!.Value.DayNumber - b.DayNumber <= MaxDaysApart;

        public bool ContradictsDate(DocumentReading reading) =>
            reading.Published is { } b && _earliest is { } earliest && _latest is { } latest
            && (b.DayNumber - earliest.DayNumber > MaxDaysApartNamed || latest.DayNumber - b.DayNumber > MaxDaysApartNamed);

        public void Add(DocumentReading reading, int order)
        {
            _readings.Add(reading);
            _orders.Add(order);
            Order = Math.Min(Order, order);
            IsNamed |= reading.Name is not null;
            if (_signatures.Add((reading.NameKey, reading.Acronym, reading.PartiesKey, reading.FromFrontMatter)))
            {
                _distinct.Add(reading);
            }

            if (reading.Published is { } date)
            {
                _earliest = _earliest is { } e && e < date ? e : date;
                _latest = _latest is { } l && l > date ? l : date;
            }
            else
            {
                _undated = true;
            }
        }

        public TreatyGroup Build()
        {
            var named = _readings.Where(r => r.Name is not null).ToList();
            var front = _readings.FirstOrDefault(r => r.FromFrontMatter);
            var parties = Parties();
            var documents = _readings.Zip(_orders).OrderBy(x => x.Second).Select(x => x.First.Analysis).ToImmutableArray();
            var mentioned = _readings.SelectMany(r => r.Mentioned)
                .Where(m => !named.Any(n => string.Equals(n.Name!.Name, m.Name, StringComparison.OrdinalIgnoreCase)))
                .Select(m => new MentionedAgreement(m.Display, null, m.DocumentId, m.SentenceId))
                .DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase);
            var partySources = _readings.SelectMany(r => r.PartySources).Where(p => parties.Contains(p.Party)).DistinctBy(p => p.Party);
            ImmutableArray<PartyRef> brokers = [.. _readings.SelectMany(r => r.Analysis.Identity.Brokers).Where(b => !parties.Contains(b.Party)).DistinctBy(b => b.Party)];
            if (front is not null || named.Count > 0)
            {
                // The most specific name any report gives: one with its acronym, then the longest.
                var best = front?.Name ?? named.Select(r => r.Name!).OrderByDescending(n => n.Acronym is not null).ThenByDescending(n => n.Name.Length).First();
                var aliases = named.Select(r => r.Name!).Concat(named.SelectMany(r => r.Aliases))
                    .SelectMany(n => new[] { n.Display, n.Acronym }).OfType<string>()
                    .Where(a => !string.Equals(a, best.Display, StringComparison.OrdinalIgnoreCase))
                    .Distinct(StringComparer.OrdinalIgnoreCase);
                var sources = named.Where(r => !r.FromFrontMatter).Select(r => new SourceRef(r.Name!.DocumentId, r.Name.SentenceId));
                var identity = new TreatyIdentity([.. sources], [.. aliases], [.. partySources], [.. mentioned]) { Brokers = brokers };
                return new TreatyGroup(best.Display, false, [.. parties], documents, identity);
            }

            var inferredIdentity = new TreatyIdentity([], [], [.. partySources], [.. mentioned]) { Brokers = brokers };
            var name = parties.Count >= 2
                ? $"{string.Join("–", parties.Take(MaxPartiesInName))}{(parties.Count > MaxPartiesInName ? " and others" : "")} {TreatyWord()}"
                : $"Unidentified agreement: {Headline()}";
            return new TreatyGroup(name, true, [.. parties], documents, inferredIdentity)
            {
                IdSource = parties.Count >= 2 ? null : $"unidentified {documents[0].Document.Id}",
            };
        }

        private const int MaxPartiesInName = 4;
        private const int MaxHeadlineLength = 80;

        // Parties named by at least half the reports (front matter's always); all of them when that leaves fewer than two.
        private List<string> Parties()
        {
            var front = _readings.Where(r => r.FromFrontMatter && r.PartySources.Count == 0 && r.Parties.Length > 0).SelectMany(r => r.Parties).Distinct().ToList();
            if (front.Count > 0)
            {
                return front;
            }

            var counts = _readings.SelectMany(r => r.Parties.Distinct()).GroupBy(p => p).Select(g => (Party: g.Key, Count: g.Count())).ToList();
            var common = counts.Where(c => c.Count * 2 >= _readings.Count).Select(c => c.Party).ToList();
            var parties = common.Count >= 2 ? common : counts.Select(c => c.Party).ToList();
            return [.. parties.Order(StringComparer.Ordinal)];
        }

        private string Headline()
        {
            var first = _readings[_orders.IndexOf(Order)].Analysis.Document;
            var line = first.Metadata.Title ?? first.Sentences.FirstOrDefault(s => s.Role != SentenceRole.Dateline)?.Text ?? first.FileName;
            return line.Length <= MaxHeadlineLength ? line : line[..MaxHeadlineLength].TrimEnd() + "…";
        }

        // The noun the reports use most for the agreement ("Pact"), "Agreement" when none does.
        private string TreatyWord()
        {
            var word = _readings.Select(r => r.Analysis.Identity.Noun).OfType<string>()
                .GroupBy(w => w)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault() ?? "agreement";
            return char.ToUpperInvariant(word[0]) + word[1..];
        }

        // Parties agree when either side names fewer than two, or they share at least two (Japan–UK is not Japan–Australia).
        private static bool PartiesAgree(DocumentReading a, DocumentReading b) =>
            a.Parties.Length < 2 || b.Parties.Length < 2 || a.Parties.Intersect(b.Parties).Count() >= Math.Min(2, Math.Min(a.Parties.Length, b.Parties.Length));

        private const int SpecificNameWords = 4;

        private static bool Specific(DocumentReading reading) => reading.NameKey?.Count(c => c == '-') >= SpecificNameWords - 1;

        private static bool NamesAgree(DocumentReading a, DocumentReading b) =>
            (a.Acronym is not null && string.Equals(a.Acronym, b.Acronym, StringComparison.OrdinalIgnoreCase))
            || a.NameKey == b.NameKey;
    }
}
