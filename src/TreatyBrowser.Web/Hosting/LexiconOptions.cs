using TreatyBrowser.Core.Lexicons;


namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Which cue lexicon extraction uses. Section <c>Lexicon</c>. By default the one embedded in Core; <c>Path</c>
/// replaces it and each of <c>Extensions</c> adds to it (new cues, provisions, categories), with no rebuild.
/// Format: docs/lexicon.md. A missing or invalid file stops the app at start with the reason.
/// </summary>
public sealed class LexiconOptions
{
    public const string Section = "Lexicon";

    /// <summary>A lexicon file that replaces the embedded one; relative to the content root. Default: none.</summary>
    public string? Path { get; set; }

    /// <summary>Lexicon files whose entries are added, in order. Default: none.</summary>
    public List<string> Extensions { get; set; } = [];

    /// <summary>Builds the lexicon these options describe.</summary>
    public Lexicon Build(string contentRoot)
    {
        var lexicon = Path is null ? Lexicon.Default : Read(contentRoot, Path);
        return Extensions.Aggregate(lexicon, (current, extension) => current.Extend(Read(contentRoot, extension)));
    }

    private static Lexicon Read(string contentRoot, string path)
    {
        var full = System.IO.Path.GetFullPath(path, contentRoot);
        if (!File.Exists(full))
        {
            throw new InvalidDataException($"lexicon file {full} (setting Lexicon) does not exist");
        }

        using var stream = File.OpenRead(full);
        return Lexicon.Load(stream, full);
    }
}
