using System.Collections.Immutable;
using MemoryPack;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// The short words a model repeats hundreds of thousands of times (document and sentence ids, category names, cue
/// words) are one string each in a corpus read back from a snapshot, as they are largely shared in one built from
/// the articles: each such member is read through the snapshot's pool (see <see cref="SnapshotContext"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class PooledAttribute : MemoryPackCustomFormatterAttribute<string>
{
    private static readonly Formatter Instance = new();

    public override IMemoryPackFormatter<string> GetFormatter() => Instance;

    private sealed class Formatter : MemoryPackFormatter<string>
    {
        public override void Serialize<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, scoped ref string? value) => writer.WriteString(value);

        public override void Deserialize(ref MemoryPackReader reader, scoped ref string? value) =>
            value = reader.ReadString() is { } read ? SnapshotContext.Of(reader.Options).Pooled(read) : null;
    }
}

/// <summary>A list of words read through the snapshot's pool, as <see cref="PooledAttribute"/> reads one.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class PooledListAttribute : MemoryPackCustomFormatterAttribute<ImmutableArray<string>>
{
    private static readonly Formatter Instance = new();

    public override IMemoryPackFormatter<ImmutableArray<string>> GetFormatter() => Instance;

    private sealed class Formatter : MemoryPackFormatter<ImmutableArray<string>>
    {
        public override void Serialize<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, scoped ref ImmutableArray<string> value)
        {
            writer.WriteUnmanaged(value.IsDefault ? -1 : value.Length);
            foreach (var word in value.IsDefault ? [] : value)
            {
                writer.WriteString(word);
            }
        }

        public override void Deserialize(ref MemoryPackReader reader, scoped ref ImmutableArray<string> value)
        {
            var length = reader.ReadUnmanaged<int>();
            if (length < 0)
            {
                value = default;
                return;
            }

            var context = SnapshotContext.Of(reader.Options);
            var words = ImmutableArray.CreateBuilder<string>(length);
            for (var i = 0; i < length; i++)
            {
                words.Add(context.Pooled(reader.ReadString() ?? throw new InvalidDataException("a list of words holds none")));
            }

            value = words.MoveToImmutable();
        }
    }
}

/// <summary>
/// One string per word on each thread that reads a snapshot (a pool per thread needs no locking; the few words two
/// threads both keep cost less than sharing one would).
/// </summary>
internal sealed class StringPool : IDisposable
{
    private readonly ThreadLocal<Dictionary<string, string>> _words = new(() => new(StringComparer.Ordinal));

    public string Get(string word)
    {
        var words = _words.Value!;
        if (words.TryGetValue(word, out var kept))
        {
            return kept;
        }

        words.Add(word, word);
        return word;
    }

    public void Dispose() => _words.Dispose();
}
