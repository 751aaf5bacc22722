using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// The model part of a saved snapshot: what extraction found (each sentence's categories, the candidates, the dated
/// events), as JSON; the treaties are built again from it. The articles themselves are not stored: a restart reads every file anyway, to
/// hash it, and the loader gives the same document again from the same bytes. The analyses are written in chunks,
/// one JSON line each, so that a restart reads them on every core.
/// </summary>
internal static class SavedModel
{
    private const int ChunkSize = 500;

    /// <summary>
    /// The lines of a snapshot of <paramref name="parts"/>: the skipped files, the treaties (each its id, documents and
    /// the key of its indexed clauses), then the analyses in chunks.
    /// </summary>
    public static IEnumerable<byte[]> Lines(CorpusParts parts, JsonSerializerOptions json)
    {
        yield return JsonSerializer.SerializeToUtf8Bytes(parts.Skipped, json);
        yield return JsonSerializer.SerializeToUtf8Bytes(parts.Treaties.Select(t => new SavedTreaty(t.Treaty.Id, t.Treaty.DocumentIds, Search.SearchIndex.ClausesKey(t.Treaty))).ToArray(), json);
        foreach (var chunk in parts.Files.Zip(parts.Analyses).Chunk(ChunkSize))
        {
            yield return JsonSerializer.SerializeToUtf8Bytes(chunk.Select(x => SavedAnalysis.Of(x.First, x.Second)).ToArray(), json);
        }
    }

    /// <summary>The snapshot read back from its lines, with the index saved beside it.</summary>
    public static SavedSnapshot Read(IReadOnlyList<ReadOnlyMemory<byte>> lines, JsonSerializerOptions json, Search.SearchIndex search)
    {
        var skipped = JsonSerializer.Deserialize<ImmutableArray<SkippedFile>>(lines[0].Span, json);
        var treaties = JsonSerializer.Deserialize<SavedTreaty[]>(lines[1].Span, json) ?? throw new JsonException("the treaties are missing");
        var analyses = lines.Skip(2).AsParallel().AsOrdered()
            .SelectMany(line => JsonSerializer.Deserialize<SavedAnalysis[]>(line.Span, json) ?? throw new JsonException("a chunk is empty"))
            .ToList();
        return new SavedSnapshot(skipped, treaties, analyses, search);
    }

    /// <summary>JSON options for a model read with <paramref name="lexicon"/>: provisions are written as their ids.</summary>
    public static JsonSerializerOptions Json(Lexicon lexicon) => new()
    {
        Converters = { new ProvisionById(lexicon) },
        // Computed properties (a document's body sentences, a clause's sources) are derived again, never stored.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutComputed } },
    };

    private static void WithoutComputed(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var stored = type.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).ToList();
        type.Properties.Clear();
        stored.ForEach(type.Properties.Add);
    }

    // A clause candidate refers to its catalogue entry; the entry is the lexicon's own, so only its id is written.
    private sealed class ProvisionById(Lexicon lexicon) : JsonConverter<ProvisionDefinition>
    {
        private readonly Dictionary<string, ProvisionDefinition> _byId = lexicon.Provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);

        public override ProvisionDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            _byId.GetValueOrDefault(reader.GetString() ?? "") ?? throw new JsonException($"provision {reader.GetString()} is not in the lexicon");

        public override void Write(Utf8JsonWriter writer, ProvisionDefinition value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
    }
}

/// <summary>
/// A saved snapshot read back: the files it was made of (whose ids a restart keeps, see <c>SeedFolder.Scan</c>), and
/// what extraction found in each, waiting for the files as they are now (<see cref="PartsFor"/>).
/// </summary>
public sealed class SavedSnapshot
{
    private readonly ImmutableArray<SkippedFile> _skipped;
    private readonly SavedTreaty[] _treaties;
    private readonly List<SavedAnalysis> _analyses;
    private readonly Search.SearchIndex _search;

    internal SavedSnapshot(ImmutableArray<SkippedFile> skipped, SavedTreaty[] treaties, List<SavedAnalysis> analyses, Search.SearchIndex search)
    {
        (_skipped, _treaties, _analyses, _search) = (skipped, treaties, analyses, search);
        Files = [.. analyses.Select(a => a.File)];
    }

    /// <summary>The files the snapshot was made of, in path order, each with the id it had.</summary>
    public ImmutableArray<SeedFile> Files { get; }

    /// <summary>
    /// The parts again, given the files as they are now (<paramref name="now"/>, every file read): each saved analysis
    /// whose file still has the same bytes and id is joined to its document read again; one whose file changed or went
    /// stands for it only by id (it is replaced on the update that follows, never served). Treaties are not saved: they
    /// hold the same events and clauses as the analyses many times over, which JSON would copy where memory shares them
    /// (a restored corpus was four times the size of a built one), and building them again is quick. They stand in by
    /// id and documents, with the key of what the index holds for their clauses, so an update that builds one the same
    /// leaves its clauses in the index. Gives null with the reason when a file with the same bytes no longer reads as
    /// the same sentences (the loader changed without the snapshot's identity changing).
    /// </summary>
    public (CorpusParts? Parts, string? Problem) PartsFor(SeedFolderScan now)
    {
        try
        {
            return (Restore(now), null);
        }
        // Restoring runs on every core: a file that no longer reads as it was comes back wrapped.
        catch (Exception e) when (e is InvalidDataException or AggregateException { InnerException: InvalidDataException })
        {
            return (null, $"the saved snapshot does not fit the files: {(e is AggregateException a ? a.InnerException!.Message : e.Message)}");
        }
    }

    private CorpusParts Restore(SeedFolderScan now)
    {
        var documents = now.Files.Where(f => f.Document is not null).ToDictionary(f => f.File.Path, StringComparer.Ordinal);
        var analyses = _analyses.AsParallel().AsOrdered().Select(s =>
            documents.TryGetValue(s.File.Path, out var current) && current.File.ContentHash == s.File.ContentHash && current.File.DocumentId == s.File.DocumentId
                ? s.Restore(current.Document!)
                : s.Placeholder()).ToArray().ToImmutableArray();
        ImmutableArray<BuiltTreaty> treaties =
        [
            .. _treaties.Select(t => new BuiltTreaty(
                new TreatyGroup("", true, [], [], TreatyIdentity.Empty),
                new Treaty(t.Id, "", true, [], null, t.DocumentIds, [], [], [], Model.Timeline.Empty, TreatyIdentity.Empty))),
        ];
        return new CorpusParts(Files, analyses, treaties, _skipped, _search)
        {
            IndexedClauses = _treaties.ToImmutableDictionary(t => t.Id, t => t.ClausesKey, StringComparer.Ordinal),
        };
    }
}

/// <summary>A treaty as the index knows it: its id, its documents, and the key of its indexed clauses.</summary>
internal sealed record SavedTreaty(string Id, ImmutableArray<string> DocumentIds, string ClausesKey);

/// <summary>
/// What extraction found in one file: each sentence's categories, the warnings, candidates, events, context
/// sentences, and its identity (agreement names and parties).
/// </summary>
internal sealed record SavedAnalysis(
    SeedFile File,
    ImmutableArray<ImmutableArray<CategoryDecision>> Categories,
    ImmutableArray<string> Warnings,
    ImmutableArray<ClauseCandidate> Candidates,
    ImmutableArray<TimelineEvent> Events,
    ImmutableHashSet<string> ContextSentences,
    DocumentIdentity Identity)
{
    public static SavedAnalysis Of(SeedFile file, DocumentAnalysis analysis) => new(
        file,
        [.. analysis.Document.Sentences.Select(s => s.Categories)],
        analysis.Document.Warnings,
        analysis.Candidates,
        analysis.Events,
        analysis.ContextSentences,
        analysis.Identity);

    /// <summary>The analysis again, on <paramref name="document"/> as the loader gives it from the same bytes.</summary>
    public DocumentAnalysis Restore(SourceDocument document)
    {
        if (document.Sentences.Length != Categories.Length)
        {
            throw new InvalidDataException($"{File.Path} has {document.Sentences.Length} sentences, its saved analysis {Categories.Length}");
        }

        var sentences = document.Sentences.Select((s, i) => Categories[i].IsEmpty ? s : s with { Categories = Categories[i] });
        return new DocumentAnalysis(document with { Sentences = [.. sentences], Warnings = Warnings }, Candidates, Events, ContextSentences) { Identity = Identity };
    }

    /// <summary>A stand-in for an analysis whose file changed or went: its id, nothing else.</summary>
    public DocumentAnalysis Placeholder() =>
        new(new SourceDocument(File.DocumentId, File.Path, "", new DocumentMetadata(), [], [], []), [], [], []);
}
