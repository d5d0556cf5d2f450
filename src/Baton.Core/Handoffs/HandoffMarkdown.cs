using System.Globalization;
using System.Text;
using Baton.Library;

namespace Baton.Handoffs;

/// <summary>
/// A handoff as Markdown for a pull-request description or to paste into an AI tool. Every value a person
/// or tool wrote is escaped (<see cref="MarkdownText"/>), so a title or criterion cannot inject headings,
/// links, HTML or fake checklist items.
/// </summary>
public static class HandoffMarkdown
{
    public static string Render(Handoff h, IReadOnlyList<Review> reviews, IReadOnlyList<Item>? feedback = null)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {h.Ref}: {MarkdownText.Inline(h.Title)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- **State:** {h.State.Name()}\n");
        md.Append(CultureInfo.InvariantCulture, $"- **From:** {MarkdownText.Inline(Who(h.From))}\n");
        md.Append(CultureInfo.InvariantCulture, $"- **To:** {MarkdownText.Inline(h.To)}\n");
        if (h.Template is not null)
            md.Append(CultureInfo.InvariantCulture, $"- **Template:** {MarkdownText.Inline(h.Template)}\n");
        if (h.Due is { } due)
            md.Append(CultureInfo.InvariantCulture, $"- **Due:** {due:yyyy-MM-dd}\n");
        if (h.Labels.Count > 0)
            md.Append(CultureInfo.InvariantCulture, $"- **Labels:** {string.Join(", ", h.Labels.Select(MarkdownText.Code))}\n");
        var v = h.Version;
        var where = new List<string>();
        if (v.Repo is not null)
            where.Add(MarkdownText.Code(v.Repo));
        if (v.Branch is not null)
            where.Add("branch " + MarkdownText.Code(v.Branch));
        if (v.Base is not null)
            where.Add("base " + MarkdownText.Code(v.Base));
        if (v.Head is not null)
            where.Add("head " + MarkdownText.Code(v.Head) + (v.Dirty == true ? " (uncommitted changes)" : ""));
        if (where.Count > 0)
            md.Append(CultureInfo.InvariantCulture, $"- **Version:** {string.Join(", ", where)}\n");
        if (h.PackId is not null)
            md.Append(CultureInfo.InvariantCulture, $"- **Pack:** {MarkdownText.Code(h.PackId)}\n");
        if (h.Items.Count > 0)
            md.Append(CultureInfo.InvariantCulture, $"- **Items:** {string.Join(", ", h.Items.Select(MarkdownText.Code))}\n");

        md.Append("\n## Intent\n\n").Append(MarkdownText.Block(h.Intent)).Append('\n');
        Section(md, "Acceptance criteria", h.AcceptanceCriteria, checklist: true);
        Section(md, "Next steps", h.NextSteps, checklist: false);
        Section(md, "Open questions", h.OpenQuestions, checklist: false);
        Section(md, "Risks", h.Risks, checklist: false);
        Section(md, "Constraints", h.Constraints, checklist: false);

        if (reviews.Count > 0)
        {
            md.Append("\n## Reviews\n\n");
            foreach (var r in reviews)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {r.Verdict.Name()} by {MarkdownText.Inline(r.Reviewer.ToString())}");
                if (r.On is { } on)
                    md.Append(" on ").Append(MarkdownText.Code(on.ToString() + (on.ItemId is null && r.Head is not null ? "@" + r.Head[..Math.Min(12, r.Head.Length)] : "")));
                if (r.Dismissed)
                    md.Append(" (dismissed: ").Append(MarkdownText.Inline(r.DismissedReason ?? "")).Append(')');
                if (r.Body is not null)
                    md.Append(": ").Append(MarkdownText.Inline(r.Body));
                md.Append('\n');
            }
        }

        if (feedback is { Count: > 0 })
        {
            md.Append("\n## Feedback\n\n");
            foreach (var f in feedback)
            {
                md.Append("- ").Append(MarkdownText.Code(f.Id)).Append(" by ").Append(MarkdownText.Inline(RevisionAuthor.From(f.Source).ToString()));
                if (f.Source.Path is not null)
                    md.Append(" on ").Append(MarkdownText.Code(HandoffService.Reference(new ReviewTarget(null, f.Source.Path, f.Source.Lines), f.Source.Commit)));
                md.Append(": ").Append(MarkdownText.Inline(f.Title)).Append('\n');
            }
        }

        md.Append(CultureInfo.InvariantCulture, $"\n<sub>Baton handoff {h.Ref} · {MarkdownText.Code(h.Id)} · revision {h.Revision}</sub>\n");
        return md.ToString();
    }

    private static void Section(StringBuilder md, string heading, IReadOnlyList<string> entries, bool checklist)
    {
        if (entries.Count == 0)
            return;
        md.Append("\n## ").Append(heading).Append("\n\n");
        foreach (var entry in entries)
            md.Append(checklist ? "- [ ] " : "- ").Append(MarkdownText.Inline(entry)).Append('\n');
    }

    private static string Who(SourceLabel from) =>
        from.Actor == ActorKind.Human ? from.Name : $"{from.Actor.Name()}: {from.Tool ?? from.Name}{(from.Model is null ? "" : $" ({from.Model})")}";
}
