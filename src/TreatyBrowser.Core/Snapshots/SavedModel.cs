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
/// skipped files, and the treaties as the index knows them (they are built again). Documents are kept so that a
/// restart reads no article whose size and time are unchanged, as a reload does. The body is a run of segments, each
/// its length (4 bytes, little-endian) and a MemoryPack value: the skipped files, the treaties, then the analyses in
/// chunks, so that a restart reads them on every core.
/// </summary>
internal static class SavedModel
{
    private const int ChunkSize = 500;

    /// <summary>The segments of a snapshot of <paramref name="parts"/>, each with its length in front.</summary>
    public static IEnumerable<byte[]> Segments(CorpusParts parts)
    {
        yield return Segment(parts.Skipped.ToArray(), MemoryPackSerializerOptions.Utf8);
        yield return Segment(parts.Treaties.Select(t => new SavedTreaty(t.Treaty.Id, t.Treaty.DocumentIds, Search.SearchIndex.ClausesKey(t.Treaty))).ToArray(),
            MemoryPackSerializerOptions.Utf8);
        foreach (var chunk in parts.Files.Zip(parts.Analyses).Chunk(ChunkSize))
        {
            yield return Segment(chunk.Select(x => new SavedAnalysis(x.First, x.Second)).ToArray(), MemoryPackSerializerOptions.Utf8);
        }
    }

    /// <summary>The model read back from the segments of <paramref name="body"/>, its provisions the entries of <paramref name="lexicon"/>.</summary>
    public static SavedModelContents Read(ReadOnlyMemory<byte> body, Lexicon lexicon)
    {
        var options = MemoryPackSerializerOptions.Utf8 with { ServiceProvider = new ProvisionCatalogue(lexicon) };
        var segments = Split(body);
        if (segments.Count < 2)
        {
            throw new InvalidDataException("the snapshot's model has no treaties");
        }

        var skipped = MemoryPackSerializer.Deserialize<SkippedFile[]>(segments[0].Span, options) ?? [];
        var treaties = MemoryPackSerializer.Deserialize<SavedTreaty[]>(segments[1].Span, options) ?? throw new InvalidDataException("the treaties are missing");
        var analyses = segments.Skip(2).AsParallel().AsOrdered()
            .SelectMany(s => MemoryPackSerializer.Deserialize<SavedAnalysis[]>(s.Span, options) ?? throw new InvalidDataException("a chunk is empty"))
            .ToArray();
        return new SavedModelContents([.. skipped], treaties, analyses);
    }

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
/// A saved snapshot read back: the files it was made of, each with its document and analysis, and the treaties as
/// the index knows them. A restart trusts an article whose size and time are those saved, as a reload trusts the
/// previous corpus (see <c>SeedFolder.Scan</c>), and keeps every file's id.
/// </summary>
public sealed class SavedSnapshot
{
    private readonly SavedModelContents _model;
    private readonly Search.SearchIndex _search;

    internal SavedSnapshot(SavedModelContents model, Search.SearchIndex search)
    {
        (_model, _search) = (model, search);
        Files = [.. model.Analyses.Select(a => a.File)];
    }

    /// <summary>The files the snapshot was made of, in path order, each with the id it had.</summary>
    public ImmutableArray<SeedFile> Files { get; }

    /// <summary>
    /// The parts again, a starting point for <c>CorpusBuilder.Update</c>. Treaties are not saved: they hold the same
    /// events and clauses as the analyses many times over, which a serializer would copy where memory shares them (a
    /// restored corpus was four times the size of a built one). They stand in by id and documents, with the key of
    /// what the index holds for their clauses, so an update that builds one the same leaves its clauses in the index.
    /// </summary>
    public CorpusParts Parts()
    {
        ImmutableArray<BuiltTreaty> treaties =
        [
            .. _model.Treaties.Select(t => new BuiltTreaty(
                new TreatyGroup("", true, [], [], TreatyIdentity.Empty),
                new Treaty(t.Id, "", true, [], null, t.DocumentIds, [], [], [], Model.Timeline.Empty, TreatyIdentity.Empty))),
        ];
        return new CorpusParts(Files, [.. _model.Analyses.Select(a => a.Analysis)], treaties, _model.Skipped, _search)
        {
            IndexedClauses = _model.Treaties.ToImmutableDictionary(t => t.Id, t => t.ClausesKey, StringComparer.Ordinal),
        };
    }
}

/// <summary>What a snapshot's model holds: the skipped files, the treaties as the index knows them, every file's analysis.</summary>
internal sealed record SavedModelContents(ImmutableArray<SkippedFile> Skipped, SavedTreaty[] Treaties, SavedAnalysis[] Analyses);

/// <summary>A treaty as the index knows it: its id, its documents, and the key of its indexed clauses.</summary>
[MemoryPackable]
internal sealed partial record SavedTreaty(string Id, ImmutableArray<string> DocumentIds, string ClausesKey);

/// <summary>One file of the folder and what extraction found in it: its document, with each sentence's categories, and the analysis.</summary>
[MemoryPackable]
internal sealed partial record SavedAnalysis(SeedFile File, DocumentAnalysis Analysis);
