using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TreatyBrowser.Core.Lexicons;

namespace TreatyBrowser.Core.Snapshots;

/// <summary>
/// What a saved snapshot must have been made with to be used: this snapshot format, this build of the app (its version
/// and the identity of the compiled code), this lexicon, and these search settings. Anything else is foreign.
/// </summary>
/// <param name="Format">The snapshot format version.</param>
/// <param name="App">The app's version and the compiled code's identity.</param>
/// <param name="Lexicon">SHA-256 of the lexicon.</param>
/// <param name="Search">The search settings that shape the index (the synonyms file's hash, say).</param>
public sealed record SnapshotIdentity(int Format, string App, string Lexicon, string Search)
{
    /// <summary>The snapshot format this build writes and reads.</summary>
    public const int CurrentFormat = 2;

    /// <summary>The identity of snapshots this build makes with <paramref name="lexicon"/> and <paramref name="search"/>.</summary>
    public static SnapshotIdentity For(Lexicon lexicon, string search)
    {
        var assembly = typeof(SnapshotIdentity).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        // The module id changes with every change to the compiled code, even one no version number records.
        var app = $"{version} {assembly.ManifestModule.ModuleVersionId:N}";
        return new SnapshotIdentity(CurrentFormat, app, Hash(JsonSerializer.SerializeToUtf8Bytes(lexicon)), search);
    }

    /// <summary>SHA-256 of <paramref name="bytes"/>, hex.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>SHA-256 of <paramref name="text"/>'s UTF-8 bytes, hex.</summary>
    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));
}
