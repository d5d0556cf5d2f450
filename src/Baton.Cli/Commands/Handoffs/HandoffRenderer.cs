using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Cli.Infrastructure;
using Baton.Handoffs;
using Spectre.Console;

namespace Baton.Cli.Commands.Handoffs;

/// <summary>Handoffs on stdout: the schema document as JSON, a table or tab-separated lines, or a readable page.</summary>
internal static class HandoffRenderer
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Default };

    public static void Json(Output output, JsonNode node) => output.Line(node.ToJsonString(Indented));

    /// <summary>After a change: the document with --json, else one line saying what happened.</summary>
    public static void Written(Output output, Handoff handoff, string message)
    {
        if (output.Json)
            Json(output, HandoffDocument.ToJson(handoff));
        else
            output.Line($"{message}: {OneLine(handoff.Title)}");
    }

    public static void List(Output output, IReadOnlyList<Handoff> handoffs)
    {
        if (output.Json)
        {
            Json(output, new JsonArray([.. handoffs.Select(h => (JsonNode)HandoffDocument.ToJson(h))]));
            return;
        }

        if (!output.Rich)
        {
            foreach (var h in handoffs)
                output.Line(string.Join('\t', h.Ref, h.State.Name(), OneLine(h.To), OneLine(h.Title), h.Template ?? "", h.From.Summary(), h.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""));
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("REF").AddColumn("STATE").AddColumn("TO").AddColumn("TITLE").AddColumn("FROM").AddColumn("DUE");
        foreach (var h in handoffs)
            table.AddRow(new Text(h.Ref), new Text(h.State.Name()), new Text(h.To), new Text(h.Title), new Text(h.From.Summary()), new Text(h.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""));
        output.Console.Write(table);
    }

    public static void Show(Output output, Handoff h, IReadOnlyList<Review> reviews, IReadOnlyList<Library.Item> feedback, IReadOnlyList<(string Verb, IReadOnlyList<string> Missing)> gates)
    {
        output.Line($"{h.Ref}  {OneLine(h.Title)}");
        output.Line($"state:    {h.State.Name()} (revision {h.Revision})");
        output.Line($"from:     {h.From.Summary()}");
        output.Line($"to:       {OneLine(h.To)}");
        if (h.Template is not null)
            output.Line($"template: {h.Template}");
        var v = h.Version;
        if (v.Head is not null || v.Branch is not null)
            output.Line($"version:  {string.Join(" ", new[] { v.Repo, v.Branch, v.Base is null ? null : $"base {Short(v.Base)}", v.Head is null ? null : $"head {Short(v.Head)}{(v.Dirty == true ? "+" : "")}" }.Where(x => x is not null))}");
        if (h.PackId is not null)
            output.Line($"pack:     {h.PackId}");
        if (h.Items.Count > 0)
            output.Line($"items:    {string.Join(", ", h.Items)}");
        if (h.Labels.Count > 0)
            output.Line($"labels:   {string.Join(", ", h.Labels)}");
        if (h.Due is { } due)
            output.Line($"due:      {due:yyyy-MM-dd}");
        output.Line();
        output.Line("Intent");
        foreach (var line in h.Intent.Split('\n'))
            output.Line("  " + Clean(line));
        Section(output, "Acceptance criteria", h.AcceptanceCriteria);
        Section(output, "Next steps", h.NextSteps);
        Section(output, "Open questions", h.OpenQuestions);
        Section(output, "Risks", h.Risks);
        Section(output, "Constraints", h.Constraints);
        if (reviews.Count > 0)
        {
            output.Line();
            output.Line("Reviews");
            foreach (var r in reviews)
            {
                var on = r.On is null ? "" : $" on {r.On}";
                var dismissed = r.Dismissed ? $" [dismissed: {r.DismissedReason}]" : "";
                output.Line($"  {ItemRenderer.When(r.At)}  {r.Verdict.Name()} by {r.Reviewer}{on}{dismissed}{(r.Body is null ? "" : ": " + OneLine(r.Body))}");
            }
        }

        if (feedback.Count > 0)
        {
            output.Line();
            output.Line("Feedback");
            foreach (var f in feedback)
            {
                var on = f.Source.Path is null ? "" : " on " + HandoffService.Reference(new ReviewTarget(null, f.Source.Path, f.Source.Lines), f.Source.Commit);
                output.Line($"  {f.Id} by {Library.RevisionAuthor.From(f.Source)}{on}: {OneLine(f.Title)}");
            }
        }

        foreach (var (verb, missing) in gates)
        {
            output.Line();
            output.Line($"Before `{verb}`:");
            foreach (var m in missing)
                output.Line("  " + m);
        }
    }

    private static void Section(Output output, string heading, IReadOnlyList<string> entries)
    {
        if (entries.Count == 0)
            return;
        output.Line();
        output.Line(heading);
        foreach (var e in entries)
            output.Line("  - " + OneLine(e));
    }

    private static string Short(string commit) => commit[..Math.Min(12, commit.Length)];

    /// <summary>Drops control characters (terminal escapes) from what people and tools wrote.</summary>
    private static string Clean(string text) => new([.. text.Where(c => !char.IsControl(c) || c == '\t')]);

    private static string OneLine(string text) => Clean(text.Replace('\n', ' ').Replace('\r', ' '));
}
