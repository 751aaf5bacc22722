using System.Text.RegularExpressions;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Stages;

/// <summary>
/// What the sentence stages share while they read one sentence: the sentence, its folded text and list items, and
/// what earlier stages found. Stages run in registration order and each adds to it.
/// </summary>
public sealed class SentenceAnalysis
{
    private readonly SentenceItems _itemReader;
    private readonly Dictionary<CuePattern, IReadOnlyList<Match>> _hits = [];
    private List<(int Start, int End)>? _items;
    private string? _masked;
    private Dictionary<CuePattern, IReadOnlyList<Match>>? _maskedHits;

    internal SentenceAnalysis(SourceDocument document, Sentence sentence, Sentence? previous, IReadOnlyList<TimelineEvent> earlierEvents, SentenceItems itemReader)
    {
        (Document, Sentence, Previous, EarlierEvents, _itemReader) = (document, sentence, previous, earlierEvents, itemReader);
        Folded = TextFold.Fold(sentence.Text);
    }

    /// <summary>The document being read.</summary>
    public SourceDocument Document { get; }

    /// <summary>The sentence being read.</summary>
    public Sentence Sentence { get; }

    /// <summary>The sentence before it in the document (any role), or null for the first.</summary>
    public Sentence? Previous { get; }

    /// <summary>The sentence with typographic quotes and dashes folded; offsets are the sentence's own.</summary>
    public string Folded { get; }

    /// <summary>The list items of the sentence (see <see cref="SentenceItems"/>), split once for every stage.</summary>
    public IReadOnlyList<(int Start, int End)> Items => _items ??= _itemReader.Split(Folded);

    /// <summary>Where a provision's phrase starts in one of <see cref="Items"/> (see <see cref="SentenceItems.PhraseStart"/>).</summary>
    internal int PhraseStart((int Start, int End) item, int matchStart, int cueStart) => _itemReader.PhraseStart(Folded, item, matchStart, cueStart);

    /// <summary>
    /// The matches of a lexicon pattern in <see cref="Folded"/>, found once however many stages ask (is it about the
    /// treaty? where is its frame? which absence cues?).
    /// </summary>
    public IReadOnlyList<Match> Hits(CuePattern pattern)
    {
        if (!_hits.TryGetValue(pattern, out var hits))
        {
            _hits[pattern] = hits = pattern.Matches(Folded);
        }

        return hits;
    }

    /// <summary>True when <paramref name="pattern"/> matches somewhere in <see cref="Folded"/>.</summary>
    public bool Has(CuePattern pattern) => Hits(pattern).Count > 0;

    /// <summary>The first match of <paramref name="pattern"/> in <see cref="Folded"/>, or <see cref="Match.Empty"/>.</summary>
    public Match First(CuePattern pattern) => Hits(pattern) is { Count: > 0 } hits ? hits[0] : Match.Empty;

    /// <summary>The folded text with the lexicon's non-content words (job titles) blanked, offsets kept.</summary>
    public string Masked(CompiledLexicon lexicon) => _masked ??= lexicon.MaskNonContent(Folded);

    /// <summary>
    /// The matches of a lexicon pattern (a category's cues) in <see cref="Masked"/>, found once however many stages
    /// ask: the open provisions ask which categories the sentence cues at all, the categorizer which cues fired.
    /// </summary>
    public IReadOnlyList<Match> MaskedHits(CompiledLexicon lexicon, CuePattern pattern)
    {
        _maskedHits ??= [];
        if (!_maskedHits.TryGetValue(pattern, out var hits))
        {
            _maskedHits[pattern] = hits = pattern.Matches(Masked(lexicon));
        }

        return hits;
    }

    /// <summary>The dated events of the document's earlier sentences, so a relative date can refer to one.</summary>
    public IReadOnlyList<TimelineEvent> EarlierEvents { get; }

    /// <summary>The provisions read so far.</summary>
    public List<ClauseCandidate> Candidates { get; } = [];

    /// <summary>The categories decided so far, each with its reasons.</summary>
    public List<CategoryDecision> Categories { get; } = [];

    /// <summary>The dated events read so far.</summary>
    public List<TimelineEvent> Events { get; } = [];

    /// <summary>True once a stage decides the sentence is context: background or commentary, never a clause.</summary>
    public bool IsContext { get; set; }
}
