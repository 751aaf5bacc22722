using System.Text.RegularExpressions;

namespace TreatyBrowser.Core.Tests;

/// <summary>
/// Core's folders say what things are, and no two of them import each other, directly or round a longer loop: the
/// pipeline uses grouping and the stages, the stages use the lexicon and the date grammar, and neither of those uses a
/// stage. An import is a <c>using</c> of another folder's namespace; a folder's own subfolders (the stages under
/// <c>Stages/</c>) may use it, as C# lets them, but it may not use them. The root's few helpers (<c>Slug</c>,
/// <c>Corpus</c>) are left out: every folder may use them.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string Core = Path.Combine(TestFiles.RepositoryRoot(), "src", "TreatyBrowser.Core");

    [GeneratedRegex(@"^using (TreatyBrowser\.Core\.[\w.]+);", RegexOptions.Multiline)]
    private static partial Regex CoreUsing();

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [Fact]
    public void Core_is_laid_out_by_what_each_thing_is()
    {
        string[] expected = ["Extraction", "Grouping", "Lexicon", "Loading", "Model", "Search", "Snapshots", "Stages", "Stages/Sentence", "Stages/Treaty", "Timeline"];
        var imports = Imports();
        string[] folders = [.. imports.Keys.Concat(imports.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(expected, folders);
    }

    [Fact]
    public void No_folder_imports_one_that_imports_it_back()
    {
        var imports = Imports();
        foreach (var start in imports.Keys)
        {
            // Every folder reachable from start: start itself among them is a loop.
            var seen = new HashSet<string>();
            var queue = new Queue<(string Folder, string Trail)>(imports[start].Select(f => (f, $"{start} → {f}")));
            while (queue.TryDequeue(out var next))
            {
                Assert.False(next.Folder == start, $"an import loop: {next.Trail}");
                if (seen.Add(next.Folder))
                {
                    foreach (var further in imports.GetValueOrDefault(next.Folder, []))
                    {
                        queue.Enqueue((further, $"{next.Trail} → {further}"));
                    }
                }
            }
        }
    }

    // Each folder (relative to Core, "/" between levels; "" for the root) and the folders whose namespaces it imports.
    private static Dictionary<string, HashSet<string>> Imports()
    {
        var folderOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Folder: Path.GetRelativePath(Core, Path.GetDirectoryName(f)!).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Select(f => (Folder: f.Folder == "." ? "" : f.Folder, f.Text))
            .ToList();
        foreach (var (folder, text) in files)
        {
            if (Namespace().Match(text) is { Success: true } ns)
            {
                folderOf[ns.Groups[1].Value] = folder;
            }
        }

        var imports = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (folder, text) in files.Where(f => f.Folder != ""))
        {
            var used = imports.TryGetValue(folder, out var set) ? set : imports[folder] = [];
            foreach (Match u in CoreUsing().Matches(text))
            {
                if (folderOf.GetValueOrDefault(u.Groups[1].Value) is { Length: > 0 } other && other != folder)
                {
                    used.Add(other);
                }
            }
        }

        return imports;
    }
}
