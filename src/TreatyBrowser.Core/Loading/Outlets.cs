namespace TreatyBrowser.Core.Loading;

/// <summary>
/// The news agencies and outlets an article may be credited to (Data/outlets.txt): a line that is only "REUTERS", or
/// "(AP)" at the top of an article, names its outlet. Matching is exact and case-sensitive ("AP", never "ap").
/// </summary>
internal static class Outlets
{
    private static readonly Dictionary<string, string> FormToName = Load();

    /// <summary>The outlet's name for a form it is credited under, or null.</summary>
    public static string? Resolve(string form) => FormToName.GetValueOrDefault(form.Trim());

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(Outlets).Assembly.GetManifestResourceStream("TreatyBrowser.Core.Data.outlets.txt")
            ?? throw new InvalidOperationException("embedded outlets.txt is missing from the build");
        using var reader = new StreamReader(stream);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in names)
            {
                forms.TryAdd(form, names[0]);
            }
        }

        return forms;
    }
}
