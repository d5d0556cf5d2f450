using System.Globalization;
using Baton.Handoffs;
using Baton.Library;

namespace Baton.Cli.Mcp;

/// <summary>How a handoff reads in an answer: every text passes the session's boundary, field by field; attached items and feedback the target may not see are only counted.</summary>
internal static class HandoffView
{
    public static Answer Summary(McpSession session, Handoff h) => new Answer()
        .Text("ref", session.Pass(h.Ref))
        .Text("id", session.Pass(h.Id))
        .Text("title", session.Pass(h.Title))
        .Text("state", session.Pass(h.State.Name()))
        .Text("from", session.Pass(h.From.Summary()))
        .Text("to", session.Pass(h.To))
        .Text("template", h.Template is null ? null : session.Pass(h.Template))
        .Text("due", h.Due is { } due ? session.Pass(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)
        .Text("updatedAt", session.Pass(ItemView.Time(h.UpdatedAt)));

    /// <summary>The whole handoff: its text, version refs, pack, admitted items, reviews, admitted feedback and what its next step waits for.</summary>
    public static async Task<Answer> FullAsync(McpSession session, Handoff h, CancellationToken cancellationToken)
    {
        var store = session.Library.Store;
        var items = new List<PrivacyText>();
        var withheld = 0;
        foreach (var id in h.Items)
        {
            var item = await store.FindItemAsync(id, cancellationToken);
            if (item is null || !session.Admit(item))
                withheld++;
            else
                items.Add(new PrivacyText(session.Pass(item.Id), session.Pass(item.Title)));
        }

        var feedback = new List<Answer>();
        foreach (var f in await store.GetFeedbackAsync(h.Id, cancellationToken))
        {
            if (!session.Admit(f))
            {
                withheld++;
                continue;
            }

            feedback.Add(new Answer()
                .Text("id", session.Pass(f.Id))
                .Text("by", session.Pass(RevisionAuthor.From(f.Source).ToString()))
                .Text("on", f.Source.Path is null ? null : session.Pass(HandoffService.Reference(new ReviewTarget(null, f.Source.Path, f.Source.Lines), f.Source.Commit)))
                .Text("title", session.Pass(f.Title))
                .Text("body", session.Pass(f.Body)));
        }

        var reviews = (await store.GetReviewsAsync(h.Id, cancellationToken)).Select(r => new Answer()
            .Text("verdict", session.Pass(r.Verdict.Name()))
            .Text("reviewer", session.Pass(r.Reviewer.ToString()))
            .Text("on", r.On is null ? null : session.Pass(r.On.ToString()))
            .Text("body", r.Body is null ? null : session.Pass(r.Body))
            .Text("at", session.Pass(ItemView.Time(r.At)))
            .Text("dismissed", r.DismissedReason is null ? null : session.Pass(r.DismissedReason)));

        var gates = (await session.Handoffs.GatesAsync(h, cancellationToken)).Select(g => new Answer()
            .Text("verb", session.Pass(g.Verb))
            .Texts("missing", g.Missing.Select(session.Pass)));

        var v = h.Version;
        return Summary(session, h)
            .Number("revision", h.Revision)
            .Text("intent", session.Pass(h.Intent))
            .Texts("acceptanceCriteria", h.AcceptanceCriteria.Select(session.Pass))
            .Texts("nextSteps", h.NextSteps.Select(session.Pass))
            .Texts("openQuestions", h.OpenQuestions.Select(session.Pass))
            .Texts("risks", h.Risks.Select(session.Pass))
            .Texts("constraints", h.Constraints.Select(session.Pass))
            .Texts("labels", h.Labels.Select(session.Pass))
            .Object("version", new Answer()
                .Text("repo", v.Repo is null ? null : session.Pass(v.Repo))
                .Text("branch", v.Branch is null ? null : session.Pass(v.Branch))
                .Text("base", v.Base is null ? null : session.Pass(v.Base))
                .Text("head", v.Head is null ? null : session.Pass(v.Head))
                .Flag("dirty", v.Dirty))
            .Text("pack", h.PackId is null ? null : session.Pass(h.PackId))
            .Objects("items", items.Select(i => new Answer().Text("id", i.Id).Text("title", i.Title)))
            .Objects("reviews", reviews)
            .Objects("feedback", feedback)
            .Objects("waitingFor", gates)
            .Number("withheld", withheld == 0 ? null : withheld);
    }

    private sealed record PrivacyText(Privacy.Boundaries.PrivacyBoundary.Cleared Id, Privacy.Boundaries.PrivacyBoundary.Cleared Title);
}
