using System.Collections.Immutable;
using MemoryPack;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// A clause's evidence is, piece by piece, the very evidence of the clause candidates it merged: in memory the two
/// share one object. A snapshot writes such a piece as where it is (the document's place in the snapshot and the
/// candidate's in the document) and reads it back as that same object, so a restored corpus shares what a built one
/// shares; any other piece is written whole.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class SharedEvidenceAttribute : MemoryPackCustomFormatterAttribute<ImmutableArray<Evidence>>
{
    private static readonly Formatter Instance = new();

    public override IMemoryPackFormatter<ImmutableArray<Evidence>> GetFormatter() => Instance;

    private sealed class Formatter : MemoryPackFormatter<ImmutableArray<Evidence>>
    {
        // In front of a piece written whole, where a shared one has its document's place (never negative).
        private const int Whole = -1;

        public override void Serialize<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, scoped ref ImmutableArray<Evidence> value)
        {
            var context = SnapshotContext.Of(writer.Options);
            writer.WriteUnmanaged(value.IsDefault ? -1 : value.Length);
            foreach (var evidence in value.IsDefault ? [] : value)
            {
                if (context.PlaceOf(evidence) is var (document, candidate))
                {
                    writer.WriteUnmanaged(document, candidate);
                }
                else
                {
                    writer.WriteUnmanaged(Whole);
                    writer.WritePackable(evidence);
                }
            }
        }

        public override void Deserialize(ref MemoryPackReader reader, scoped ref ImmutableArray<Evidence> value)
        {
            var context = SnapshotContext.Of(reader.Options);
            var length = reader.ReadUnmanaged<int>();
            if (length < 0)
            {
                value = default;
                return;
            }

            var pieces = ImmutableArray.CreateBuilder<Evidence>(length);
            for (var i = 0; i < length; i++)
            {
                var document = reader.ReadUnmanaged<int>();
                pieces.Add(document == Whole
                    ? reader.ReadPackable<Evidence>() ?? throw new InvalidDataException("a clause's evidence is empty")
                    : context.EvidenceAt(document, reader.ReadUnmanaged<int>()));
            }

            value = pieces.MoveToImmutable();
        }
    }
}
