using MemoryPack;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// What the snapshot's formatters need beyond the bytes, given in MemoryPack's options: the lexicon's provisions by
/// id (<see cref="ProvisionByIdAttribute"/>); the analyses' evidence and events by place (<see cref="SharedEvidenceAttribute"/>,
/// <see cref="SharedEvents"/>): when writing, where each candidate's evidence and each document event is, when
/// reading, the analyses already read; and the pool of short words (<see cref="PooledAttribute"/>).
/// </summary>
internal sealed class SnapshotContext : IServiceProvider, IDisposable
{
    private readonly Dictionary<string, ProvisionDefinition> _provisions = new(StringComparer.Ordinal);
    private readonly Dictionary<Evidence, (int Document, int Candidate)> _places = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string DocumentId, string EventId), (int Document, int Event)> _events = [];
    private IReadOnlyList<DocumentAnalysis> _analyses = [];
    private readonly StringPool _pool = new();

    /// <summary>For writing <paramref name="analyses"/> and the treaties built from them.</summary>
    public static SnapshotContext ForWriting(IReadOnlyList<DocumentAnalysis> analyses)
    {
        var context = new SnapshotContext { _analyses = analyses };
        for (var d = 0; d < analyses.Count; d++)
        {
            var candidates = analyses[d].Candidates;
            for (var c = 0; c < candidates.Length; c++)
            {
                context._places.TryAdd(candidates[c].Evidence, (d, c));
            }

            var events = analyses[d].Events;
            for (var e = 0; e < events.Length; e++)
            {
                context._events.TryAdd((events[e].DocumentId, events[e].Id), (d, e));
            }
        }

        return context;
    }

    /// <summary>For reading with <paramref name="lexicon"/>; the analyses are given once read (<see cref="ReadAnalyses"/>).</summary>
    public static SnapshotContext ForReading(Lexicon lexicon)
    {
        var context = new SnapshotContext();
        foreach (var provision in lexicon.Provisions)
        {
            context._provisions.TryAdd(provision.Id, provision);
        }

        return context;
    }

    /// <summary>The analyses read, in the snapshot's order: the treaties read next share their evidence and events.</summary>
    public void ReadAnalyses(IReadOnlyList<DocumentAnalysis> analyses) => _analyses = analyses;

    /// <summary>The context given in <paramref name="options"/>.</summary>
    public static SnapshotContext Of(MemoryPackSerializerOptions options) =>
        options.ServiceProvider?.GetService(typeof(SnapshotContext)) as SnapshotContext
            ?? throw new InvalidOperationException("a snapshot is written and read with its context");

    /// <summary>The one instance of <paramref name="word"/> this read keeps.</summary>
    public string Pooled(string word) => _pool.Get(word);

    public ProvisionDefinition Provision(string id) =>
        _provisions.GetValueOrDefault(id) ?? throw new InvalidDataException($"provision {id} is not in the lexicon");

    public (int Document, int Candidate)? PlaceOf(Evidence evidence) => _places.TryGetValue(evidence, out var place) ? place : null;

    public Evidence EvidenceAt(int document, int candidate) =>
        document < _analyses.Count && (uint)candidate < (uint)_analyses[document].Candidates.Length
            ? _analyses[document].Candidates[candidate].Evidence
            : throw new InvalidDataException($"a clause's evidence points at candidate {candidate} of document {document}, which the snapshot does not hold");

    /// <summary>
    /// Where the document event a treaty's <paramref name="e"/> was made from is, when it was: the same words, date,
    /// actors and sentence (what a treaty adds is its parties and the reports that corroborate or contradict it).
    /// </summary>
    public (int Document, int Event)? OriginOf(TimelineEvent e)
    {
        if (!_events.TryGetValue((e.DocumentId, e.Id), out var place))
        {
            return null;
        }

        var origin = _analyses[place.Document].Events[place.Event];
        var same = ReferenceEquals(origin, e) || (origin.Type == e.Type && origin.What == e.What && origin.Verb == e.Verb && origin.SentenceId == e.SentenceId
            && origin.When.Equals(e.When) && origin.Actors.SequenceEqual(e.Actors));
        return same ? place : null;
    }

    public TimelineEvent EventAt(int document, int index) =>
        document < _analyses.Count && (uint)index < (uint)_analyses[document].Events.Length
            ? _analyses[document].Events[index]
            : throw new InvalidDataException($"a timeline points at event {index} of document {document}, which the snapshot does not hold");

    public object? GetService(Type serviceType) => serviceType == typeof(SnapshotContext) ? this : null;

    public void Dispose() => _pool.Dispose();
}
