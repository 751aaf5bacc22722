using System.Collections.Immutable;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Grouping;

/// <summary>One treaty while its reports are gathered: whether a report joins it, and the group it makes.</summary>
internal sealed partial class TreatyGrouper
{
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
