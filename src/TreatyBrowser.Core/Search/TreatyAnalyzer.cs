using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace TreatyBrowser.Core.Search;

/// <summary>
/// English analysis for treaty prose: hyphenated terms as their parts and as one word ("military-technical" gives
/// military, technical and militarytechnical; "inter-bank" also gives interbank), possessives dropped, British and
/// American spellings folded, Porter stemming, and, when indexing, the synonym list. Queries use the same chain
/// without synonyms (the index already holds them), so the two always agree.
/// </summary>
public sealed class TreatyAnalyzer(SynonymMap? synonyms) : Analyzer
{
    /// <summary>The Lucene version every part of the index is built for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly NormalizeCharMap Quotes = BuildQuotes();

    private static readonly StemmerOverrideFilter.StemmerOverrideMap Spellings = BuildSpellings();

    private const WordDelimiterFlags Delimiting =
        WordDelimiterFlags.GENERATE_WORD_PARTS | WordDelimiterFlags.GENERATE_NUMBER_PARTS |
        WordDelimiterFlags.CATENATE_WORDS | WordDelimiterFlags.STEM_ENGLISH_POSSESSIVE;

    /// <summary>Folds typographic quotes and apostrophes to plain ones before tokenising.</summary>
    protected override TextReader InitReader(string fieldName, TextReader reader) => new MappingCharFilter(Quotes, reader);

    /// <summary>Whitespace tokens split at word parts, lower-cased, stop words dropped, synonyms added, spellings unified, Porter-stemmed.</summary>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WhitespaceTokenizer(Version, reader);
        TokenStream stream = new WordDelimiterFilter(Version, tokenizer, Delimiting, null);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        stream = new StemmerOverrideFilter(stream, Spellings);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    // Curly apostrophes and quotes become straight ones, one character for one, so offsets stay exact.
    private static NormalizeCharMap BuildQuotes()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("’", "'");
        builder.Add("‘", "'");
        builder.Add("“", "\"");
        builder.Add("”", "\"");
        return builder.Build();
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildSpellings()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: true);
        foreach (var (form, stem) in SpellingVariants.StemOf)
        {
            builder.Add(form, stem);
        }

        return builder.Build();
    }
}
