using System.Collections.Immutable;
using MemoryPack;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// A treaty's timeline event is one of its documents' events with the treaty's parties (and the reports that
/// corroborate or contradict it) added: in memory it shares its words and date with the document's event. A snapshot
/// writes such an event as where its document's event is, plus what the treaty added, and reads it back made from
/// that same event, so a restored corpus shares what a built one shares; any other event is written whole.
/// </summary>
internal static class SharedEvents
{
    private const int Whole = -1;
    private const int Null = -2;

    public static void Write<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, TimelineEvent? value)
        where TBufferWriter : System.Buffers.IBufferWriter<byte>
    {
        if (value is null)
        {
            writer.WriteUnmanaged(Null);
            return;
        }

        if (SnapshotContext.Of(writer.Options).OriginOf(value) is not var (document, index))
        {
            writer.WriteUnmanaged(Whole);
            writer.WritePackable(value);
            return;
        }

        writer.WriteUnmanaged(document, index, value.Expected);
        writer.WriteValue(value.Parties);
        WriteAll(ref writer, value.CorroboratingReports);
        WriteAll(ref writer, value.ConflictingReports);
    }

    public static TimelineEvent? Read(ref MemoryPackReader reader)
    {
        var document = reader.ReadUnmanaged<int>();
        switch (document)
        {
            case Null:
                return null;
            case Whole:
                return reader.ReadPackable<TimelineEvent>();
        }

        var (index, expected) = (reader.ReadUnmanaged<int>(), reader.ReadUnmanaged<bool>());
        var origin = SnapshotContext.Of(reader.Options).EventAt(document, index);
        var parties = reader.ReadValue<ImmutableArray<string>>();
        var corroborating = ReadAll(ref reader);
        var conflicting = ReadAll(ref reader);
        return origin with { Parties = parties, Expected = expected, CorroboratingReports = corroborating, ConflictingReports = conflicting };
    }

    public static void WriteAll<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, ImmutableArray<TimelineEvent> value)
        where TBufferWriter : System.Buffers.IBufferWriter<byte>
    {
        writer.WriteUnmanaged(value.IsDefault ? -1 : value.Length);
        foreach (var e in value.IsDefault ? [] : value)
        {
            Write(ref writer, e);
        }
    }

    public static ImmutableArray<TimelineEvent> ReadAll(ref MemoryPackReader reader)
    {
        var length = reader.ReadUnmanaged<int>();
        if (length < 0)
        {
            return default;
        }

        var events = ImmutableArray.CreateBuilder<TimelineEvent>(length);
        for (var i = 0; i < length; i++)
        {
            events.Add(Read(ref reader) ?? throw new InvalidDataException("a timeline holds an empty event"));
        }

        return events.MoveToImmutable();
    }
}

/// <summary>A list of events written as <see cref="SharedEvents"/> says.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class SharedEventsAttribute : MemoryPackCustomFormatterAttribute<ImmutableArray<TimelineEvent>>
{
    private static readonly Formatter Instance = new();

    public override IMemoryPackFormatter<ImmutableArray<TimelineEvent>> GetFormatter() => Instance;

    private sealed class Formatter : MemoryPackFormatter<ImmutableArray<TimelineEvent>>
    {
        public override void Serialize<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, scoped ref ImmutableArray<TimelineEvent> value) =>
            SharedEvents.WriteAll(ref writer, value);

        public override void Deserialize(ref MemoryPackReader reader, scoped ref ImmutableArray<TimelineEvent> value) => value = SharedEvents.ReadAll(ref reader);
    }
}

/// <summary>One event (or none) written as <see cref="SharedEvents"/> says.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class SharedEventAttribute : MemoryPackCustomFormatterAttribute<TimelineEvent>
{
    private static readonly Formatter Instance = new();

    public override IMemoryPackFormatter<TimelineEvent> GetFormatter() => Instance;

    private sealed class Formatter : MemoryPackFormatter<TimelineEvent>
    {
        public override void Serialize<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, scoped ref TimelineEvent? value) =>
            SharedEvents.Write(ref writer, value);

        public override void Deserialize(ref MemoryPackReader reader, scoped ref TimelineEvent? value) => value = SharedEvents.Read(ref reader);
    }
}
