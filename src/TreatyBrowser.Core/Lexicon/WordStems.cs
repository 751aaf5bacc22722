using Lucene.Net.Tartarus.Snowball.Ext;

namespace TreatyBrowser.Core.Lexicons;

/// <summary>
/// English stems from Lucene's Snowball stemmer, for comparing words ("tariffs" and "tariff" agree) — never for
/// showing them: ids and statements keep the words as written.
/// </summary>
internal static class WordStems
{
    // The stemmer keeps state between calls, so each thread has its own.
    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    /// <summary>The stem of one lower-case word.</summary>
    public static string Of(string word)
    {
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
