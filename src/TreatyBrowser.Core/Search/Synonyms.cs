using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;

namespace TreatyBrowser.Core.Search;

/// <summary>The synonym list: Data/synonyms.txt (Solr format), optionally extended by a deployment's own file.</summary>
public static class Synonyms
{
    /// <summary>The embedded list alone.</summary>
    public static SynonymMap Default { get; } = Load();

    /// <summary>The embedded list, plus the lines of <paramref name="extraFile"/> when given.</summary>
    public static SynonymMap Load(string? extraFile = null)
    {
        using var stream = typeof(Synonyms).Assembly.GetManifestResourceStream("TreatyBrowser.Core.Data.synonyms.txt")
            ?? throw new InvalidOperationException("embedded synonyms.txt is missing from the build");
        var text = new StreamReader(stream).ReadToEnd();
        if (extraFile is not null)
        {
            text += "\n" + File.ReadAllText(extraFile);
        }

        var parser = new SolrSynonymParser(dedup: true, expand: true, new KeywordAnalyzer());
        try
        {
            parser.Parse(new StringReader(text));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or IOException)
        {
            throw new InvalidDataException($"synonym list is not valid Solr synonym format: {e.Message}", e);
        }

        return parser.Build();
    }
}
