using System.Text;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Exports;

/// <summary>
/// A treaty's clauses with their evidence as CSV (RFC 4180: quoted fields, CRLF, UTF-8 with a byte-order mark so
/// spreadsheets read the accents and dashes): one row per clause and piece of evidence.
/// </summary>
public static class CsvExport
{
    private static readonly string[] Header =
    [
        "treaty", "category", "clause_id", "statement", "modality", "disputed", "parties", "source_count",
        "document", "outlet", "published", "sentence", "evidence_modality", "modality_decided_by", "phrase_start", "phrase_end", "phrase",
        "attribution", "sentence_text", "clause_permalink", "sentence_permalink",
    ];

    /// <summary>
    /// Writes the CSV to <paramref name="body"/> a row at a time, flushing as it goes: a treaty with thousands of
    /// clauses streams to the reader, never held whole in memory.
    /// </summary>
    public static async Task WriteAsync(Treaty treaty, Corpus corpus, string baseUrl, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        var row = new StringBuilder();
        foreach (var fields in Rows(treaty, corpus, baseUrl))
        {
            row.Clear().AppendJoin(',', fields.Select(Field)).Append("\r\n");
            await writer.WriteAsync(row, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static IEnumerable<string[]> Rows(Treaty treaty, Corpus corpus, string baseUrl)
    {
        yield return Header;
        foreach (var c in treaty.Clauses)
        {
            foreach (var e in c.Evidence)
            {
                var document = corpus.FindDocument(e.DocumentId);
                var sentence = document?.FindSentence(e.SentenceId);
                yield return
                [
                    treaty.Name, c.Category, c.Id, c.Statement, Views.ModalityLabel(c.Modality), c.Disputed ? "yes" : "no",
                    string.Join("; ", c.Parties), c.Sources.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    e.DocumentId, document?.Metadata.Outlet ?? "", document?.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    e.SentenceId, Views.ModalityLabel(e.Modality), e.ModalityCue ?? "", e.Start.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    e.End.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Phrase, string.Join("; ", e.Attribution), sentence?.Text ?? "",
                    baseUrl + Paths.Clause(treaty.Id, c.Category, c.Id), baseUrl + Paths.Sentence(e.DocumentId, e.SentenceId),
                ];
            }
        }
    }

    // Quote every field that needs it; a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula.
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
