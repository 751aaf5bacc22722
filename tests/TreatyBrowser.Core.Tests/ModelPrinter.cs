using System.Text;
using TreatyBrowser.Core.Model;

namespace TreatyBrowser.Core.Tests;

/// <summary>Prints a treaty's model compactly, one fact a line, so a golden diff reads well.</summary>
internal static class ModelPrinter
{
    public static string Sentences(SourceDocument document)
    {
        var b = new StringBuilder();
        foreach (var s in document.BodySentences)
        {
            b.Append($"{s.Id}: {string.Join("; ", s.Categories.Select(c => $"{c.Category} [{string.Join(", ", c.Reasons)}]"))}\n");
        }

        return b.ToString();
    }

    public static string Clauses(Treaty treaty)
    {
        var b = new StringBuilder();
        b.Append($"treaty {treaty.Id}: {treaty.Name} | parties {string.Join(", ", treaty.Parties)} | term {treaty.Term?.Text ?? "not stated"}\n");
        foreach (var c in treaty.Clauses)
        {
            b.Append($"\n{c.Category}/{c.Id} ({c.Modality.ToString().ToLowerInvariant()}{(c.Disputed ? ", disputed" : "")}): {c.Statement}\n");
            b.Append($"  parties: {string.Join(", ", c.Parties)}{(c.Attribution.IsEmpty ? "" : $" | attribution: {string.Join("; ", c.Attribution)}")}\n");
            foreach (var e in c.Evidence)
            {
                b.Append($"  - {e.DocumentId}#{e.SentenceId} [{e.Start},{e.End}) {e.Modality.ToString().ToLowerInvariant()}: {e.Phrase}\n");
            }
        }

        return b.ToString();
    }

    public static string Profile(Treaty treaty) =>
        string.Concat(treaty.Profile.Select(p => $"{p.Type}: {p.Value} [{string.Join(", ", p.ClauseIds)}]\n"));

    public static string Entities(Treaty treaty) =>
        string.Concat(treaty.Entities.Select(e => $"{e.Kind} {e.Name}{(e.Role is null ? "" : $" ({e.Role}{(e.Country is null ? "" : $", {e.Country}")})")}: {string.Join(" / ", e.Forms)}\n"));

    public static string Timeline(Treaty treaty)
    {
        var b = new StringBuilder();
        foreach (var e in treaty.Timeline.Events)
        {
            b.Append($"{e.When.Date?.Display ?? "undated"} | {e.When.Date?.Precision.ToString().ToLowerInvariant() ?? "-"} | {e.Type} | " +
                $"\"{e.When.Text}\" | {e.What} | actors: {string.Join(" + ", e.Actors)} | parties: {string.Join(", ", e.Parties)} | {e.DocumentId}#{e.SentenceId}\n");
            b.Append($"    {e.When.Explanation}\n");
            foreach (var c in e.ConflictingReports)
            {
                b.Append($"    CONFLICT {c.When.Date?.Display ?? "undated"} in {c.DocumentId}#{c.SentenceId}\n");
            }

            foreach (var c in e.CorroboratingReports)
            {
                b.Append($"    also {c.When.Date?.Display ?? "undated"} in {c.DocumentId}#{c.SentenceId}\n");
            }
        }

        b.Append("status:\n");
        foreach (var row in treaty.Timeline.Status)
        {
            b.Append($"  {row.Party}: signed {row.Signed?.When.Date?.Display ?? "not reported"}, approved by parliament " +
                $"{row.Approved?.When.Date?.Display ?? "not reported"}, ratified {row.Ratified?.When.Date?.Display ?? "not reported"}, in force {row.InForce?.When.Date?.Display ?? "not reported"}\n");
        }

        return b.ToString();
    }
}
