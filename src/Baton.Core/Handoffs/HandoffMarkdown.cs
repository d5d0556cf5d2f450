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
    /// <summary>
    /// The Markdown for a receiver behind <paramref name="boundary"/>: every value passes the boundary before it is
    /// escaped (escaping would hide a token or an address from the detectors), then the whole page passes once more.
    /// </summary>
    internal static Privacy.Boundaries.PrivacyBoundary.Cleared RenderFor(Privacy.Boundaries.PrivacyBoundary boundary, Handoff h, IReadOnlyList<Review> reviews, IReadOnlyList<Item>? feedback = null)
    {
        string P(string text) => boundary.Pass(text).Text;
        string? Pn(string? text) => text is null ? null : P(text);
        IReadOnlyList<string> Ps(IReadOnlyList<string> texts) => [.. texts.Select(P)];
        var passed = h with
        {
            Title = P(h.Title),
            To = P(h.To),
            From = h.From with { Name = P(h.From.Name), Tool = Pn(h.From.Tool), Model = Pn(h.From.Model) },
            Template = Pn(h.Template),
            Intent = P(h.Intent),
            AcceptanceCriteria = Ps(h.AcceptanceCriteria),
            NextSteps = Ps(h.NextSteps),
            OpenQuestions = Ps(h.OpenQuestions),
            Risks = Ps(h.Risks),
            Constraints = Ps(h.Constraints),
            Labels = Ps(h.Labels),
            Version = h.Version with { Repo = Pn(h.Version.Repo), Branch = Pn(h.Version.Branch) },
        };
        var passedReviews = reviews.Select(r => r with
        {
            Reviewer = r.Reviewer with { Name = P(r.Reviewer.Name), Tool = Pn(r.Reviewer.Tool), Model = Pn(r.Reviewer.Model) },
            Body = Pn(r.Body),
            DismissedReason = Pn(r.DismissedReason),
            On = r.On is null ? null : r.On with { Path = Pn(r.On.Path) },
        }).ToList();
        var passedFeedback = feedback?.Select(f => f with
        {
            Title = P(f.Title),
            Source = f.Source with { Name = P(f.Source.Name), Tool = Pn(f.Source.Tool), Model = Pn(f.Source.Model), Path = Pn(f.Source.Path) },
        }).ToList();
        return boundary.Pass(Render(passed, passedReviews, passedFeedback));
    }

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
