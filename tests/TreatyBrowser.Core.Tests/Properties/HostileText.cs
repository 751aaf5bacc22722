using System.Text;
using CsCheck;

namespace TreatyBrowser.Core.Tests.Properties;

/// <summary>
/// Generators of text nobody should have to load, built from pieces that exercise each part of the loader: words and
/// sentence ends, abbreviations, every kind of line break, control characters, BOMs, lone surrogates, emoji, other
/// scripts, front-matter fragments, Markdown and HTML syntax, dates, and now and then a huge line.
/// </summary>
internal static class HostileText
{
    private static readonly Gen<string> Pieces = Gen.OneOf<string>(
        "Iran", "Russia", "treaty", "the", "parties", "shall", "will", "not", "hold", "joint", "military", "exercises",
        "signed", "ratified", "on", "Monday", "in", "May", "2025", "21", "may", "U.S.", "U.N.", "Mr.", "No.", "3.5",
        ".", ". ", "!", "?", "…", "...", ",", ";", ":", "–", "—", "-", "\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]",
        " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\r", "\u2028", "\u2029", "\u0085",
        "\u0001", "\u001b", "\u007f", "\u200b", "\u200e", "\u202e", "\ufeff", "\ufffd", "\ud800", "\udfff", "\ud83d\ude00", "\ud83d",
        "Москва", "طهران", "北京", "ß", "İ", "ﬁ", "e\u0301",
        "---", "---\n", "\n---\n", "title: ", "published: ", "2025-05-21", "2025-13-45", "parties: [", "]", "treaty: ", "url: ", "outlet: ", "&", "|", "{", "}", "*", "!",
        "# ", "## ", "> ", "- ", "1. ", "```", "`", "**", "_", "[x](javascript:alert(1))", "<script>", "</p>", "<!--", "-->", "&amp;", "&#0;", "\\",
        "Tehran (Reuters) –", "TEHRAN, May 21 (Reuters) -", "20-year", "inter-bank", "Wednesday,", "earlier this year", "two days later");

    private static readonly Gen<string> AnyChar = Gen.Char.Select(c => c.ToString());

    // A NUL makes a file "binary" and refused; rare, so that most generated files reach the parsers behind the check.
    private static readonly Gen<string> Nul = Gen.Const("\0");

    private static readonly Gen<string> HugeLine = Gen.Int[2_000, 40_000].Select(n => new string('a', n));

    /// <summary>Text made of a few hundred pieces; one time in fifty, a line of tens of thousands of characters.</summary>
    public static readonly Gen<string> Text = Gen.Frequency((400, Pieces), (80, AnyChar), (1, Nul), (20, Gen.Frequency((49, Gen.Const("")), (1, HugeLine))))
        .Array[0, 300]
        .Select(string.Concat);

    /// <summary>Text that starts like an article with front matter, so the body parsing is reached past it.</summary>
    public static readonly Gen<string> WithFrontMatter = Gen.Select(Text, Text, (head, body) => $"---\n{head}\n---\n{body}");

    /// <summary>Bytes as a file holds them: the text in UTF-8, UTF-16 or raw bytes, with or without a BOM.</summary>
    public static readonly Gen<byte[]> FileBytes = Gen.Frequency(
        (6, Gen.OneOf(Text, WithFrontMatter).Select(Encoding.UTF8.GetBytes)),
        (2, Gen.OneOf(Text, WithFrontMatter).Select(t => (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(t)])),
        (1, Text.Select(t => (byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes(t)])),
        (1, Text.Select(t => (byte[])[0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(t)])),
        (2, Gen.Byte.Array[0, 2_000]));
}
