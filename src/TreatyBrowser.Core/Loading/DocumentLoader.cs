using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// Reads one article into a <see cref="SourceDocument"/>: decode, front matter, paragraphs, dateline, sentences.
/// Stateless and thread-safe.
/// </summary>
public static class DocumentLoader
{
    /// <summary>
    /// The one definition of the largest article file read (the <c>Seeds:MaxFileBytes</c> default): a news article is
    /// a few kilobytes. <see cref="SeedFolder"/> is the one place that enforces it, as it reads.
    /// </summary>
    public const long DefaultMaxFileBytes = 4 * 1024 * 1024;

    /// <summary>The most sentences read from one file; the rest are counted in a warning shown on /status.</summary>
    public const int MaxSentences = 20_000;

    /// <summary>Loads <paramref name="bytes"/> read from <paramref name="relativePath"/> (.txt or .md).</summary>
    /// <exception cref="LoadException">The file cannot be loaded; the message says why.</exception>
    public static SourceDocument Load(string relativePath, ReadOnlySpan<byte> bytes) => Load(relativePath, FileDecoder.Decode(bytes));

    /// <summary>The id a document read from <paramref name="relativePath"/> has, before ids are made unique in a folder.</summary>
    public static string IdOf(string relativePath) => Slug.From(Path.ChangeExtension(relativePath, null)) is { Length: > 0 } slug ? slug : "article";

    /// <summary>
    /// Loads already-decoded <paramref name="text"/> (pasted text, for instance). A lone surrogate (half of a UTF-16
    /// pair, which no file decodes to but a string can hold) becomes U+FFFD, one character for one, so offsets hold.
    /// </summary>
    public static SourceDocument Load(string relativePath, string text)
    {
        text = TextRepair.ReplaceLoneSurrogates(text, out var repaired);
        var frontMatter = FrontMatter.Read(text);
        var isMarkdown = relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var paragraphs = isMarkdown
            ? MarkdownParagraphs.Read(text, frontMatter.BodyStart)
            : PlainTextParagraphs.Read(text, frontMatter.BodyStart);

        var metadata = frontMatter.Metadata;
        var sentences = new List<Sentence>();
        var paragraphRecords = new List<Paragraph>();
        var counters = new SentenceCounters();
        var overlong = 0;
        var unread = 0;
        var firstText = FirstTextParagraph(paragraphs);
        var textStarted = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var bodyStart = paragraph.Start;
            // The dateline opens the first paragraph of running text; a headline, a kicker or a byline may come first.
            if (p >= firstText && !textStarted && Dateline.Find(text, paragraph.Start, paragraph.End) is { } dateline)
            {
                textStarted = true;
                sentences.Add(counters.Next(SentenceRole.Dateline, p, paragraph.Start, TrimEnd(text, paragraph.Start, dateline.End), text));
                metadata = WithDateline(metadata, dateline, text, text[paragraph.Start..dateline.End].Trim());
                bodyStart = dateline.BodyStart;
            }

            var ranges = SentenceSplitter.Split(text, bodyStart, paragraph.End);
            var isHeading = paragraph.IsHeading || (!isMarkdown && HeadingRule.IsHeading(text, paragraph with { Start = bodyStart }, ranges.Count));
            if (isHeading)
            {
                ranges = [new TextSpanRange(bodyStart, paragraph.End)];
                if (isMarkdown && p == 0 && metadata.Title is null)
                {
                    metadata = metadata with { Title = text[bodyStart..paragraph.End], Inferred = metadata.Inferred.Add("title") };
                }
            }

            // Work per sentence grows with its length (each date, item and phrase is read against its sentence), so an
            // overlong "sentence" — a pasted table, a run of dates with no full stop — is cut into pieces: the work on
            // a file then grows with the file, not with the square of its longest line.
            var pieces = SentenceSplitter.Bounded(text, ranges);
            overlong += pieces.Count - ranges.Count;
            ranges = pieces;
            paragraphRecords.Add(new Paragraph(p, paragraph.Start, paragraph.End, isHeading));
            textStarted |= !isHeading && ranges.Count > 0;
            foreach (var range in ranges)
            {
                // Past the cap a file is no news article (a long article has a few hundred sentences): the rest is
                // counted and reported, never silently dropped.
                if (sentences.Count >= MaxSentences)
                {
                    unread++;
                    continue;
                }

                sentences.Add(counters.Next(isHeading ? SentenceRole.Heading : SentenceRole.Body, p, range.Start, range.End, text));
            }
        }

        if (!sentences.Any(s => s.Role == SentenceRole.Body))
        {
            throw new LoadException("file has no sentences of running text");
        }

        // Without front matter, the article's own furniture: its headline, date line, credit and web address.
        metadata = SourceLines.Read(metadata, text, paragraphs);

        // A name with no ASCII letters or digits ("—.txt") still needs an id a link can carry.
        var id = IdOf(relativePath);
        var warnings = repaired == 0 ? frontMatter.Warnings : frontMatter.Warnings.Add($"{repaired} invalid character(s) (lone surrogates) shown as \uFFFD");
        if (overlong > 0)
        {
            warnings = warnings.Add($"sentences longer than {SentenceSplitter.MaxLength:N0} characters were cut into pieces ({overlong} cut(s)), so that reading stays quick");
        }

        if (unread > 0)
        {
            warnings = warnings.Add($"{unread:N0} sentence(s) past the first {MaxSentences:N0} were not read");
        }

        return new SourceDocument(id, relativePath.Replace('\\', '/'), text, metadata, [.. paragraphRecords], [.. sentences], warnings);
    }

    private static int FirstTextParagraph(List<TextSpanRange> paragraphs) => paragraphs.FindIndex(p => !p.IsHeading);

    private static DocumentMetadata WithDateline(DocumentMetadata metadata, Dateline dateline, string text, string written)
    {
        var inferred = metadata.Inferred;
        var how = $"the dateline “{written}”";
        var found = metadata.FoundBy;
        if (dateline.Place is not null)
        {
            metadata = metadata with { Place = dateline.Place };
            inferred = inferred.Add("place");
            found = found.SetItem("place", how);
        }

        if (metadata.Outlet is null && dateline.Outlet is not null)
        {
            metadata = metadata with { Outlet = dateline.Outlet };
            inferred = inferred.Add("outlet");
            found = found.SetItem("outlet", how);
        }

        // Without a publication date in front matter, the dateline's date is the publication date: its own year, or
        // the year the text gives the same day or month elsewhere; with no year at all, it stays unknown.
        if (metadata.Published is null && dateline.Date is not null && DatelineDate.Resolve(dateline.Date, text) is { } published)
        {
            metadata = metadata with { Published = published };
            inferred = inferred.Add("published");
            found = found.SetItem("published", how);
        }

        return metadata with { Inferred = inferred, FoundBy = found };
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    // Ids count each role separately so that s-{n} is the n-th sentence of the running text.
    private sealed class SentenceCounters
    {
        private int _index;
        private int _body;
        private int _heading;

        public Sentence Next(SentenceRole role, int paragraph, int start, int end, string text)
        {
            var id = role switch
            {
                SentenceRole.Body => $"s-{++_body}",
                SentenceRole.Heading => $"h-{++_heading}",
                _ => "dateline",
            };
            return new Sentence(id, _index++, paragraph, role, start, end, text[start..end]);
        }
    }
}
