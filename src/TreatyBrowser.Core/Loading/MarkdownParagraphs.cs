using Markdig;
using Markdig.Syntax;

namespace TreatyBrowser.Core.Loading;

/// <summary>
/// Markdown: headings and paragraphs (including those inside lists and quotes), and raw HTML blocks as plain text,
/// located precisely by Markdig.
/// </summary>
internal static class MarkdownParagraphs
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static List<TextSpanRange> Read(string text, int from)
    {
        // Markdig sees only the body, so its offsets are shifted back by where the body starts.
        var body = text[from..];
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses input nested past its depth limit (a thousand ">"): the file, not the app, is at fault.
            throw new LoadException($"Markdown nested deeper than the parser reads ({e.Message})");
        }
        var paragraphs = new List<TextSpanRange>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            // Raw HTML is kept as text (shown encoded, never rendered), so nothing in the file is silently lost.
            if (block is not (HeadingBlock or ParagraphBlock or HtmlBlock) || block.Span.IsEmpty)
            {
                continue;
            }

            var start = from + block.Span.Start;
            var end = from + block.Span.End + 1;
            if (block is HeadingBlock)
            {
                (start, end) = HeadingText(text, start, end);
            }

            (start, end) = Trim(text, start, end);
            if (end > start)
            {
                paragraphs.Add(new TextSpanRange(start, end, block is HeadingBlock));
            }
        }

        return paragraphs;
    }

    // "## What it means ##" keeps only "What it means"; a Setext heading's underline is dropped.
    private static (int Start, int End) HeadingText(string text, int start, int end)
    {
        var newline = text.IndexOf('\n', start, end - start);
        if (newline >= 0)
        {
            end = newline;
        }

        while (start < end && (text[start] == '#' || text[start] == ' '))
        {
            start++;
        }

        while (end > start && (text[end - 1] == '#' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        return (start, end);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
