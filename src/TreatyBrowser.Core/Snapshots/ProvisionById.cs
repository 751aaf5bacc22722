using MemoryPack;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// A clause candidate refers to its catalogue entry, which is the lexicon's own: a snapshot writes only its id, and
/// reads it back as the entry of the lexicon it is read with (<see cref="ProvisionCatalogue"/>, given in the options).
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
            var catalogue = reader.Options.ServiceProvider?.GetService(typeof(ProvisionCatalogue)) as ProvisionCatalogue
                ?? throw new InvalidOperationException("a snapshot's provisions are read with the lexicon's catalogue");
            value = id is null ? null : catalogue.Find(id);
        }
    }
}

/// <summary>The lexicon's provisions by id, for reading a snapshot's clause candidates.</summary>
internal sealed class ProvisionCatalogue(Lexicon lexicon) : IServiceProvider
{
    private readonly Dictionary<string, ProvisionDefinition> _byId = lexicon.Provisions.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public ProvisionDefinition Find(string id) =>
        _byId.GetValueOrDefault(id) ?? throw new InvalidDataException($"provision {id} is not in the lexicon");

    public object? GetService(Type serviceType) => serviceType == typeof(ProvisionCatalogue) ? this : null;
}
