using System.Buffers.Binary;
using System.Collections.Immutable;
using MemoryPack;
using TreatyBrowser.Core.Loading;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Core.Lexicons;
using TreatyBrowser.Core.Stages;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// The model part of a saved snapshot, in MemoryPack's binary format (read, not parsed: the JSON it replaced spent
/// 83% of a restart's snapshot read parsing): every file with its document and what extraction found in it, the
/// skipped files, and the treaties with the groups they were built from. Documents are kept so that a restart reads
/// no article whose size and time are unchanged, as a reload does; treaties, so that it builds none. The body is a run
/// of segments, each its length (4 bytes, little-endian) and a MemoryPack value: the head (skipped files, how many
/// chunks of analyses follow), the analyses in chunks, then the treaties in chunks, each kind read on every core.
/// </summary>
internal static class SavedModel
{
    private const int ChunkSize = 500;

    /// <summary>The segments of a snapshot of <paramref name="parts"/>, each with its length in front.</summary>
    public static IEnumerable<byte[]> Segments(CorpusParts parts)
    {
        using var context = SnapshotContext.ForWriting(parts.Analyses);
        var options = Options(context);
        var analysisChunks = parts.Files.Zip(parts.Analyses).Chunk(ChunkSize).ToList();
        yield return Segment(new SavedHead([.. parts.Skipped], analysisChunks.Count), options);
        foreach (var chunk in analysisChunks)
        {
            yield return Segment(chunk.Select(x => new SavedAnalysis(x.First, x.Second)).ToArray(), options);
        }

        var place = new Dictionary<DocumentAnalysis, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < parts.Analyses.Length; i++)
        {
            place.TryAdd(parts.Analyses[i], i);
        }

        foreach (var chunk in parts.Treaties.Chunk(ChunkSize))
        {
            yield return Segment(chunk.Select(t => SavedTreaty.Of(t, place)).ToArray(), options);
        }
    }

    /// <summary>The model read back from the segments of <paramref name="body"/>, its provisions the entries of <paramref name="lexicon"/>.</summary>
    public static SavedModelContents Read(ReadOnlyMemory<byte> body, Lexicon lexicon)
    {
        using var context = SnapshotContext.ForReading(lexicon);
        var options = Options(context);
        var segments = Split(body);
        var head = segments.Count > 0 ? MemoryPackSerializer.Deserialize<SavedHead>(segments[0].Span, options) : null;
        if (head is null || head.AnalysisChunks < 0 || head.AnalysisChunks > segments.Count - 1)
        {
            throw new InvalidDataException("the snapshot's model has no head");
        }

        var analyses = segments.Skip(1).Take(head.AnalysisChunks).AsParallel().AsOrdered()
            .SelectMany(s => MemoryPackSerializer.Deserialize<SavedAnalysis[]>(s.Span, options) ?? throw new InvalidDataException("a chunk is empty"))
            .ToArray();
        var restored = analyses.Select(a => a.Analysis).ToArray();
        context.ReadAnalyses(restored);
        var treaties = segments.Skip(1 + head.AnalysisChunks).AsParallel().AsOrdered()
            .SelectMany(s => MemoryPackSerializer.Deserialize<SavedTreaty[]>(s.Span, options) ?? throw new InvalidDataException("a chunk is empty"))
            .Select(t => t.Restore(restored))
            .ToArray();
        return new SavedModelContents(head.Skipped, [.. analyses.Select(a => a.File)], [.. restored], [.. treaties]);
    }

    private static MemoryPackSerializerOptions Options(SnapshotContext context) => MemoryPackSerializerOptions.Utf8 with { ServiceProvider = context };

    private static byte[] Segment<T>(T value, MemoryPackSerializerOptions options)
    {
        var bytes = MemoryPackSerializer.Serialize(value, options);
        var segment = new byte[sizeof(int) + bytes.Length];
        BinaryPrimitives.WriteInt32LittleEndian(segment, bytes.Length);
        bytes.CopyTo(segment, sizeof(int));
        return segment;
    }

    private static List<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> body)
    {
        var segments = new List<ReadOnlyMemory<byte>>();
        while (body.Length > 0)
        {
            var length = body.Length >= sizeof(int) ? BinaryPrimitives.ReadInt32LittleEndian(body.Span) : -1;
            if (length < 0 || length > body.Length - sizeof(int))
            {
                throw new InvalidDataException("the snapshot's model is cut short");
            }

            segments.Add(body.Slice(sizeof(int), length));
            body = body[(sizeof(int) + length)..];
        }

        return segments;
    }
}

/// <summary>
/// A saved snapshot read back: the files it was made of, each with its document and analysis, and the treaties. A
/// restart trusts an article whose size and time are those saved, as a reload trusts the previous corpus (see
/// <c>SeedFolder.Scan</c>), and keeps every file's id.
/// </summary>
public sealed class SavedSnapshot
{
    private readonly SavedModelContents _model;
    private readonly Search.SearchIndex _search;

    internal SavedSnapshot(SavedModelContents model, Search.SearchIndex search) => (_model, _search) = (model, search);

    /// <summary>The files the snapshot was made of, in path order, each with the id it had.</summary>
    public ImmutableArray<SeedFile> Files => _model.Files;

    /// <summary>
    /// The parts again, a starting point for <c>CorpusBuilder.Update</c>: a treaty whose documents are unchanged is
    /// kept as it was saved, neither built nor indexed again.
    /// </summary>
    public CorpusParts Parts() => new(_model.Files, _model.Analyses, _model.Treaties, _model.Skipped, _search);
}

/// <summary>What a snapshot's model holds: the skipped files, every file with its analysis, the treaties.</summary>
internal sealed record SavedModelContents(ImmutableArray<SkippedFile> Skipped, ImmutableArray<SeedFile> Files, ImmutableArray<DocumentAnalysis> Analyses,
    ImmutableArray<BuiltTreaty> Treaties);

/// <summary>The first segment: the skipped files, and how many chunks of analyses follow it (the treaties' chunks come after them).</summary>
[MemoryPackable]
internal sealed partial record SavedHead(ImmutableArray<SkippedFile> Skipped, int AnalysisChunks);

/// <summary>
/// A treaty with the group it was built from; the group's documents are written as their places among the snapshot's
/// analyses, and read back as those very analyses (a reload keeps a treaty whose group holds the same objects).
/// </summary>
[MemoryPackable]
internal sealed partial record SavedTreaty(string Name, bool NameInferred, ImmutableArray<string> Parties, ImmutableArray<int> Documents, TreatyIdentity Identity,
    string? IdSource, Treaty Treaty)
{
    public static SavedTreaty Of(BuiltTreaty built, Dictionary<DocumentAnalysis, int> place)
    {
        var group = built.Group;
        return new(group.Name, group.NameInferred, group.Parties, [.. group.Documents.Select(d => place[d])], group.Identity, group.IdSource, built.Treaty);
    }

    public BuiltTreaty Restore(IReadOnlyList<DocumentAnalysis> analyses)
    {
        var documents = Documents.Select(i => (uint)i < (uint)analyses.Count
            ? analyses[i]
            : throw new InvalidDataException($"treaty {Treaty.Id} names document {i}, which the snapshot does not hold"));
        return new BuiltTreaty(new TreatyGroup(Name, NameInferred, Parties, [.. documents], Identity) { IdSource = IdSource }, Treaty);
    }
}

/// <summary>One file of the folder and what extraction found in it: its document, with each sentence's categories, and the analysis.</summary>
[MemoryPackable]
internal sealed partial record SavedAnalysis(SeedFile File, DocumentAnalysis Analysis);
