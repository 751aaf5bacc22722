using System.Collections.Immutable;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Timeline;

namespace TreatyBrowser.Core.Extraction;

/// <summary>
/// The fixed stages that turn loaded documents into treaties: per document, categories, provisions and dated
/// events; then, per treaty, merging, the obligation profile, entities and the timeline. Built once from a lexicon,
/// immutable, and shared by every load.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly CompiledLexicon _lexicon;
    private readonly EventReader _events;
    private readonly EntityReader _entities;
    private Stages _stages;

    /// <summary>
    /// A pipeline for <paramref name="lexicon"/> (default: the embedded one). It starts at once with interpreted
    /// patterns, so the first load is quick, and compiles them in the background; from then on it uses the compiled
    /// ones, several times faster. Both read exactly the same.
    /// </summary>
    public ExtractionPipeline(Lexicon? lexicon = null)
    {
        _lexicon = new CompiledLexicon(lexicon ?? Lexicon.Default);
        var gazetteer = Gazetteer.Default;
        _stages = new Stages(_lexicon, gazetteer);
        _events = new EventReader(gazetteer);
        _entities = new EntityReader(gazetteer);
        WhenCompiled = Task.Run(() =>
        {
            var compiled = new CompiledLexicon(_lexicon.Source, compiled: true);
            compiled.Warm();
            Volatile.Write(ref _stages, new Stages(compiled, gazetteer));
        });
    }

    /// <summary>Completes once the compiled patterns are in use (benchmarks wait for it).</summary>
    public Task WhenCompiled { get; }

    /// <summary>The categories, in lexicon order, with their labels.</summary>
    public ImmutableArray<CategoryDefinition> Categories => _lexicon.Source.Categories;

    /// <summary>Every category a sentence can have: the lexicon's, then timeline and context.</summary>
    public IEnumerable<string> SentenceCategories =>
        Categories.Select(c => c.Name).Concat([EventReader.Category, SentenceCategorizer.Context]);

    /// <summary>Categories, provisions and dated events of one document.</summary>
    public DocumentAnalysis Analyze(SourceDocument document)
    {
        var stages = Volatile.Read(ref _stages);
        var sentences = document.Sentences.ToBuilder();
        var candidates = new List<ClauseCandidate>();
        var events = new List<TimelineEvent>();
        var context = ImmutableHashSet.CreateBuilder<string>();
        foreach (var sentence in document.BodySentences)
        {
            var folded = TextFold.Fold(sentence.Text);
            var found = stages.Provisions.Read(document.Id, sentence, folded);
            var (categories, isContext) = stages.Categorizer.Categorize(folded, found.Count > 0);
            if (isContext)
            {
                found = [];
                context.Add(sentence.Id);
            }

            var decisions = categories.ToList();
            foreach (var candidate in found.Where(c => !decisions.Any(d => d.Category == c.Category)))
            {
                decisions.Add(new CategoryDecision(candidate.Category, [$"provision: {candidate.Key}"]));
            }

            var dated = _events.Read(document, sentence, isContext);
            if (dated.Count > 0)
            {
                decisions.Add(new CategoryDecision(EventReader.Category, [.. dated.Select(e => $"{e.When.Text} · {e.Verb}").Distinct()]));
            }

            candidates.AddRange(found);
            events.AddRange(dated);
            sentences[sentence.Index] = sentence with { Categories = [.. decisions.OrderBy(d => CategoryRank(d.Category))] };
        }

        return new DocumentAnalysis(document with { Sentences = sentences.ToImmutable() }, [.. candidates], [.. events], context.ToImmutable());
    }

    /// <summary>Groups analysed documents into treaties and builds each one's clauses, profile, entities and timeline.</summary>
    public ImmutableArray<Treaty> BuildTreaties(IReadOnlyList<DocumentAnalysis> analyses)
    {
        var order = analyses.Select((a, i) => (a.Document.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var categoryOrder = _lexicon.Source.Categories.Select(c => c.Name).ToList();
        var treaties = new List<Treaty>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in Volatile.Read(ref _stages).Grouper.Group(analyses))
        {
            var id = UniqueId(Slug.From(group.Name), usedIds);
            var documents = group.Documents.Select(d => d.Document).ToList();
            var sentenceIndex = documents.SelectMany(d => d.Sentences.Select(s => ((d.Id, s.Id), s.Index))).ToDictionary(x => x.Item1, x => x.Index);
            var candidates = group.Documents.SelectMany(d => d.Candidates)
                .Select(c => (c, order[c.Evidence.DocumentId], sentenceIndex[(c.Evidence.DocumentId, c.Evidence.SentenceId)]));
            var clauses = ClauseMerger.Merge(id, group.Parties, candidates, categoryOrder);
            var metadata = documents.ToDictionary(d => d.Id, d => d.Metadata);
            treaties.Add(new Treaty(
                id,
                group.Name,
                group.NameInferred,
                group.Parties,
                TermReader.Read(documents),
                [.. documents.Select(d => d.Id)],
                clauses,
                ObligationProfiler.Profile(clauses),
                _entities.Read(documents, group.Parties),
                TimelineBuilder.Build(group.Documents.SelectMany(d => d.Events), group.Parties, metadata)));
        }

        return [.. treaties];
    }

    // The parts that match lexicon patterns, swapped as one when the compiled patterns are ready.
    private sealed class Stages(CompiledLexicon lexicon, Gazetteer gazetteer)
    {
        public SentenceCategorizer Categorizer { get; } = new(lexicon);

        public ProvisionReader Provisions { get; } = new(lexicon, gazetteer);

        public TreatyGrouper Grouper { get; } = new(lexicon, gazetteer);
    }

    private int CategoryRank(string category)
    {
        var index = _lexicon.Source.Categories.IndexOf(_lexicon.Source.Categories.FirstOrDefault(c => c.Name == category)!);
        return category switch
        {
            EventReader.Category => 1000,
            SentenceCategorizer.Context => 1001,
            _ => index < 0 ? 999 : index,
        };
    }

    private static string UniqueId(string id, HashSet<string> used)
    {
        id = id.Length == 0 ? "treaty" : id;
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
