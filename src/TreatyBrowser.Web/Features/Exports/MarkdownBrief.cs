using System.Text;
using TreatyBrowser.Core;
using TreatyBrowser.Core.Model;
using TreatyBrowser.Web.Features.Common;

namespace TreatyBrowser.Web.Features.Exports;

/// <summary>A Markdown brief of a treaty an analyst can paste into a memo: overview, contents, absences, timeline, sources.</summary>
public static class MarkdownBrief
{
    public static string Write(Treaty t, Corpus corpus, string baseUrl, DateTimeOffset now)
    {
        var md = new StringBuilder();
        md.Append($"# {Escape(t.Name)}\n\n");
        md.Append($"*Brief from TreatyBrowser, {now:yyyy-MM-dd}, read from {t.DocumentIds.Length} news source{(t.DocumentIds.Length == 1 ? "" : "s")}. ");
        md.Append("Clauses, categories and dates are the app's reading of the reports; each links to the sentence it rests on.*\n\n");
        md.Append($"**Parties:** {Escape(t.Parties.IsEmpty ? "not reported" : string.Join(", ", t.Parties))}  \n");
        md.Append($"**Term:** {Escape(t.Term?.Text ?? "not stated")}  \n");
        md.Append($"**Online:** <{baseUrl}{Paths.Treaty(t.Id)}>\n\n");

        md.Append("## Status\n\n| Party | Signed | Approved by parliament | Ratified | In force |\n|---|---|---|---|---|\n");
        foreach (var row in t.Timeline.Status)
        {
            md.Append($"| {Escape(row.Party)} | {Cell(row.Signed)} | {Cell(row.Approved)} | {Cell(row.Ratified)} | {Cell(row.InForce)} |\n");
        }

        md.Append("\n## What it contains\n");
        foreach (var category in corpus.Categories)
        {
            var clauses = t.ClausesIn(category.Name).Where(c => c.Modality != Modality.Absent).ToList();
            if (clauses.Count == 0)
            {
                continue;
            }

            md.Append($"\n### {Escape(category.Label)}\n\n");
            foreach (var c in clauses)
            {
                md.Append($"- **{Escape(c.Statement)}** ({Views.ModalityLabel(c.Modality)}{(c.Disputed ? ", disputed" : "")}): {Quotes(c, corpus, baseUrl)}\n");
            }
        }

        var absent = t.Clauses.Where(c => c.Modality == Modality.Absent || c.Disputed).ToList();
        md.Append("\n## What it does not contain\n\n");
        md.Append(absent.Count == 0 ? "The reports state no absence.\n" : "");
        foreach (var c in absent)
        {
            md.Append($"- **{Escape(c.Statement)}** ({(c.Disputed ? "disputed" : "stated absent")}): {Quotes(c, corpus, baseUrl)}\n");
        }

        md.Append("\n## Obligation profile\n\n*The app's reading against the ATOP obligation types, not an official coding.*\n\n| Obligation | Reading |\n|---|---|\n");
        foreach (var o in t.Profile)
        {
            md.Append($"| {Escape(o.Label)} | {Views.ObligationLabel(o.Value)} |\n");
        }

        md.Append("\n## Timeline\n\n");
        md.Append(t.Timeline.Events.IsEmpty ? "No dated events.\n" : "");
        foreach (var e in t.Timeline.Events)
        {
            md.Append($"- **{Escape(e.When.Date?.Display ?? "undated")}** ({Views.EventLabel(e.Type)}{(e.Expected ? ", expected" : "")}): {Escape(e.What)}. ");
            md.Append($"Written “{Escape(e.When.Text)}”: {Escape(e.When.Explanation)}. [{e.SentenceId}]({baseUrl}{Paths.Sentence(e.DocumentId, e.SentenceId)})\n");
        }

        md.Append("\n## Sources\n\n");
        foreach (var id in t.DocumentIds)
        {
            var d = corpus.FindDocument(id)!;
            md.Append($"- {Escape(d.Metadata.Outlet ?? "Unknown outlet")}, {Escape(Views.Date(d.Metadata.Published))}: {Escape(d.DisplayTitle)} <{baseUrl}{Paths.Source(d.Id)}>\n");
        }

        return md.ToString();
    }

    private static string Quotes(Clause c, Corpus corpus, string baseUrl) =>
        string.Join("; ", c.Evidence.Select(e =>
            $"“{Escape(e.Phrase)}” ({Escape(corpus.FindDocument(e.DocumentId)?.Metadata.Outlet ?? "unknown outlet")}, " +
            $"[{e.SentenceId}]({baseUrl}{Paths.Sentence(e.DocumentId, e.SentenceId)}))"));

    private static string Cell(TimelineEvent? e) => e is null ? "not reported" : Escape(e.When.Date?.Display ?? e.When.Text);

    // Characters Markdown would read as syntax are escaped, so a quote renders as written.
    private static string Escape(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\\' or '*' or '_' or '[' or ']' or '|' or '<' or '>' or '#' or '`')
            {
                b.Append('\\');
            }

            b.Append(ch);
        }

        return b.ToString();
    }
}
