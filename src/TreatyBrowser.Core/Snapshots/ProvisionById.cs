using MemoryPack;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// A clause candidate refers to its catalogue entry, which is the lexicon's own: a snapshot writes only its id, and
/// reads it back as the entry of the lexicon it is read with (see <see cref="SnapshotContext"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
internal sealed class ProvisionByIdAttribute : MemoryPackCustomFormatterAttribute<ProvisionDefinition>
{
    private static readonly Formatter Instance = new();

    public override IMemoryPackFormatter<ProvisionDefinition> GetFormatter() => Instance;

    private sealed class Formatter : MemoryPackFormatter<ProvisionDefinition>
    {
        public override void Serialize<TBufferWriter>(ref MemoryPackWriter<TBufferWriter> writer, scoped ref ProvisionDefinition? value) =>
            writer.WriteString(value?.Id);

        public override void Deserialize(ref MemoryPackReader reader, scoped ref ProvisionDefinition? value)
        {
            var id = reader.ReadString();
            value = id is null ? null : SnapshotContext.Of(reader.Options).Provision(id);
        }
    }
}
