using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// What the sentence stages share while they read one sentence: the sentence, its folded text and list items, and
/// what earlier stages found. Stages run in registration order and each adds to it.
/// </summary>
public sealed class SentenceAnalysis(SourceDocument document, Sentence sentence, Sentence? previous, IReadOnlyList<TimelineEvent> earlierEvents)
{
    private List<(int Start, int End)>? _items;

    /// <summary>The document being read.</summary>
    public SourceDocument Document { get; } = document;

    /// <summary>The sentence being read.</summary>
    public Sentence Sentence { get; } = sentence;

    /// <summary>The sentence before it in the document (any role), or null for the first.</summary>
    public Sentence? Previous { get; } = previous;

    /// <summary>The sentence with typographic quotes and dashes folded; offsets are the sentence's own.</summary>
    public string Folded { get; } = TextFold.Fold(sentence.Text);

    /// <summary>The list items of the sentence (see <see cref="SentenceItems"/>), split once for every stage.</summary>
    public IReadOnlyList<(int Start, int End)> Items => _items ??= SentenceItems.Split(Folded);

    /// <summary>The dated events of the document's earlier sentences, so a relative date can refer to one.</summary>
    public IReadOnlyList<TimelineEvent> EarlierEvents { get; } = earlierEvents;

    /// <summary>The provisions read so far.</summary>
    public List<ClauseCandidate> Candidates { get; } = [];

    /// <summary>The categories decided so far, each with its reasons.</summary>
    public List<CategoryDecision> Categories { get; } = [];

    /// <summary>The dated events read so far.</summary>
    public List<TimelineEvent> Events { get; } = [];

    /// <summary>True once a stage decides the sentence is context: background or commentary, never a clause.</summary>
    public bool IsContext { get; set; }
}
