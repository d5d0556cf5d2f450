using System.Globalization;
using System.Text.Json.Nodes;
using Baton.Git;
using Baton.Library;
using Baton.Storage;

namespace Baton.Handoffs;

/// <summary>
/// Handoff operations for every adapter (CLI now; MCP and REST later): templates and required fields,
/// the state machine and its review gates, reviews and stale approvals. Persistence is the store's, which
/// validates every write against the schema.
/// </summary>
public sealed class HandoffService(ContextLibrary library, HandoffSettings settings)
{
    private IBatonStore Store => library.Store;

    public HandoffSettings Settings => settings;

    /// <summary>The draft's template (null when it names none); an unknown name is an input error.</summary>
    public HandoffTemplate? TemplateOf(HandoffDraft draft) => draft.Template is null ? null : settings.Template(draft.Template);

    /// <summary>The draft with what its template supplies by default (the receiver).</summary>
    public HandoffDraft WithDefaults(HandoffDraft draft) =>
        TemplateOf(draft) is { DefaultTo: { } to } && !draft.Has(HandoffFields.To) ? draft with { To = to } : draft;

    /// <summary>Every required field the draft lacks, in the template's order.</summary>
    public IReadOnlyList<string> MissingFields(HandoffDraft draft)
    {
        var required = TemplateOf(draft)?.AllRequired ?? HandoffFields.AlwaysRequired;
        return [.. required.Where(field => !draft.Has(field))];
    }

    /// <param name="author">Who hands the work on, with git's facts (they become the version refs).</param>
    /// <param name="gitDirectory">Where to resolve a base ref with git; null outside a repository.</param>
    public async Task<Handoff> CreateAsync(HandoffDraft draft, SourceLabel author, string? gitDirectory, CancellationToken cancellationToken = default)
    {
        draft = WithDefaults(draft);
        var template = TemplateOf(draft);
        if (MissingFields(draft) is { Count: > 0 } missing)
            throw BatonErrors.MissingHandoffFields(template?.Name, missing);

        var items = new List<string>();
        foreach (var item in draft.Items)
            items.Add(await library.ResolveAsync(item, cancellationToken));
        var now = library.Now();
        var handoff = new Handoff
        {
            Id = ItemIds.New(now),
            Title = draft.Title!.Trim(),
            Template = template?.Name,
            From = author with { Repo = null, Branch = null, Commit = null, Dirty = null, Path = null, Lines = null },
            To = draft.To!.Trim(),
            Intent = draft.Intent!.Trim(),
            AcceptanceCriteria = Entries(draft.AcceptanceCriteria),
            NextSteps = Entries(draft.NextSteps),
            OpenQuestions = Entries(draft.OpenQuestions),
            Risks = Entries(draft.Risks),
            Constraints = Entries(draft.Constraints),
            Version = new VersionRefs(author.Repo, author.Branch,
                draft.Base is null ? null : await ResolveCommitAsync(gitDirectory, draft.Base, cancellationToken),
                author.Commit, author.Dirty),
            PackId = draft.Pack?.Trim().ToLowerInvariant(),
            PackSelection = template?.Pack,
            Items = [.. items.Distinct()],
            Labels = [.. Tags.Normalize(draft.Labels)],
            Due = draft.Due is null ? null : ParseDue(draft.Due),
            CreatedAt = now,
            UpdatedAt = now,
        };
        return await Store.AddHandoffAsync(handoff, RevisionAuthor.From(author), cancellationToken);
    }

    public async Task<Handoff> GetAsync(string handoffRef, CancellationToken cancellationToken = default)
    {
        var number = HandoffRefs.Parse(handoffRef);
        return await Store.FindHandoffAsync(number, cancellationToken) ?? throw BatonErrors.HandoffNotFound(HandoffRefs.Format(number));
    }

    /// <summary>Moves the handoff by <paramref name="verb"/> (see <see cref="HandoffTransitions"/>) once its review gate is met.</summary>
    public async Task<Handoff> TransitionAsync(string handoffRef, string verb, RevisionAuthor by, string? reason = null, CancellationToken cancellationToken = default)
    {
        var transition = HandoffTransitions.Find(verb);
        var current = await GetAsync(handoffRef, cancellationToken);
        if (current.State == transition.To)
            throw BatonErrors.AlreadyInState(current.Ref, current.State);
        if (!transition.From.Contains(current.State))
            throw BatonErrors.IllegalTransition(verb, current.Ref, current.State);

        var reviews = await Store.GetReviewsAsync(current.Id, cancellationToken);
        if (ReviewGate.Missing(current, transition.To, reviews, settings) is { Count: > 0 } missing)
            throw BatonErrors.GateBlocked(current.Ref, transition.To, missing);

        var next = current with { State = transition.To, Revision = current.Revision + 1, UpdatedAt = library.Now() };
        var data = StateData(next, current.State);
        if (!string.IsNullOrWhiteSpace(reason))
            data["reason"] = reason.Trim();
        return await Store.UpdateHandoffAsync(new HandoffChange(next, by, transition.EventKind, data.ToJsonString()), cancellationToken);
    }

    /// <summary>Changes version refs, pack, receiver, due date, items or labels; a new head or pack dismisses standing approvals.</summary>
    public async Task<Handoff> UpdateAsync(string handoffRef, HandoffUpdate update, RevisionAuthor by, string? gitDirectory, CancellationToken cancellationToken = default)
    {
        if (update.IsEmpty)
            throw BatonErrors.NothingToUpdate();
        var current = await GetAsync(handoffRef, cancellationToken);
        var next = current;
        if (update.Recapture && gitDirectory is not null)
        {
            var git = await GitProbe.ReadAsync(gitDirectory, cancellationToken);
            next = next with { Version = next.Version with { Repo = git.Repo, Branch = git.Branch, Head = git.Commit, Dirty = git.Dirty } };
        }

        if (update.Head is not null)
            next = next with { Version = next.Version with { Head = await ResolveCommitAsync(gitDirectory, update.Head, cancellationToken) } };
        if (update.RemovePack)
            next = next with { PackId = null };
        if (update.Pack is not null)
            next = next with { PackId = update.Pack.Trim().ToLowerInvariant() };
        if (update.To is not null)
            next = next with { To = update.To.Trim() };
        if (update.Due is not null)
            next = next with { Due = ParseDue(update.Due) };
        if (update.AddItems.Count > 0)
        {
            var items = next.Items.ToList();
            foreach (var item in update.AddItems)
                items.Add(await library.ResolveAsync(item, cancellationToken));
            next = next with { Items = [.. items.Distinct()] };
        }

        if (update.AddLabels.Count > 0)
            next = next with { Labels = [.. Tags.Normalize(next.Labels.Concat(update.AddLabels))] };

        var reasons = new List<string>();
        if (next.Version.Head != current.Version.Head)
            reasons.Add($"the head commit changed from {Short(current.Version.Head)} to {Short(next.Version.Head)}");
        if (next.PackId != current.PackId)
            reasons.Add($"the attached pack changed from {current.PackId ?? "none"} to {next.PackId ?? "none"}");
        next = next with { Revision = current.Revision + 1, UpdatedAt = library.Now() };
        var data = StateData(next, null);
        if (reasons.Count > 0)
            data["changed"] = string.Join("; ", reasons);
        return await Store.UpdateHandoffAsync(
            new HandoffChange(next, by, "handoff.updated", data.ToJsonString(), reasons.Count > 0 ? string.Join("; ", reasons) : null),
            cancellationToken);
    }

    /// <param name="on">An item id or prefix, or PATH:LINE / PATH:START-END.</param>
    public async Task<ReviewOutcome> ReviewAsync(string handoffRef, ReviewVerdict verdict, RevisionAuthor by, string? body, string? on, CancellationToken cancellationToken = default)
    {
        var current = await GetAsync(handoffRef, cancellationToken);
        if (current.State is HandoffState.Done or HandoffState.Cancelled && verdict != ReviewVerdict.Comment)
            throw BatonErrors.ReviewClosedHandoff(current.Ref, current.State);
        if (verdict == ReviewVerdict.Comment && string.IsNullOrWhiteSpace(body))
            throw BatonErrors.EmptyReviewMessage();

        var now = library.Now();
        var review = new Review
        {
            Id = ItemIds.New(now),
            HandoffId = current.Id,
            Verdict = verdict,
            Reviewer = by,
            Body = string.IsNullOrWhiteSpace(body) ? null : body.Trim(),
            On = on is null ? null : await TargetAsync(on, cancellationToken),
            Head = current.Version.Head,
            PackId = current.PackId,
            At = now,
        };

        HandoffChange? change = null;
        var next = current;
        if (verdict == ReviewVerdict.RequestChanges && HandoffTransitions.ReviewTransition.From.Contains(current.State))
        {
            next = current with { State = HandoffState.ChangesRequested, Revision = current.Revision + 1, UpdatedAt = now };
            change = new HandoffChange(next, by, HandoffTransitions.ReviewTransition.EventKind, StateData(next, current.State).ToJsonString());
        }

        await Store.AddReviewAsync(review, change, cancellationToken);
        var counts = verdict != ReviewVerdict.Approve || !Identities.Same(by.Name, current.From.Name);
        return new ReviewOutcome(review, next, counts);
    }

    /// <summary>
    /// Adds QA's (or anyone's) feedback as a library item of kind feedback, tied to the handoff and, with
    /// <paramref name="on"/>, to an item (a <c>references</c> link) or to lines of a file at the handoff's head commit.
    /// </summary>
    public async Task<(Item Feedback, Handoff Handoff)> FeedbackAsync(string handoffRef, string body, string? title, string? on, SourceLabel source, CancellationToken cancellationToken = default)
    {
        var handoff = await GetAsync(handoffRef, cancellationToken);
        var target = on is null ? null : await TargetAsync(on, cancellationToken);
        var firstLine = body.Trim().Split('\n')[0].Trim();
        var label = source with
        {
            Path = target?.Path,
            Lines = target?.Lines,
            Commit = target?.Path is not null ? handoff.Version.Head ?? source.Commit : source.Commit,
        };
        var item = library.Create(new NewItem
        {
            Kind = ItemKind.Feedback,
            Title = string.IsNullOrWhiteSpace(title) ? $"Feedback on {handoff.Ref}: {(firstLine.Length > 80 ? firstLine[..80] + "…" : firstLine)}" : title,
            Body = body,
            Tags = [],
            Sensitivity = Sensitivity.Internal,
            Source = label,
        }, library.Now());
        await Store.AddFeedbackAsync(handoff.Id, item, target?.ItemId, cancellationToken);
        return (item, handoff);
    }

    /// <summary>What waits for <paramref name="identity"/> (a person as git or --as names them), oldest handoff first.</summary>
    public async Task<IReadOnlyList<InboxEntry>> InboxAsync(string identity, CancellationToken cancellationToken = default)
    {
        var roles = settings.RolesOf(identity);
        var active = (await Store.ListHandoffsAsync(new HandoffFilter(Limit: 100_000), cancellationToken))
            .Where(h => h.State is not (HandoffState.Done or HandoffState.Cancelled))
            .OrderBy(h => h.Number);
        var entries = new List<InboxEntry>();
        foreach (var h in active)
        {
            var isAuthor = Identities.Same(h.From.Name, identity);
            var role = roles.FirstOrDefault(r => string.Equals(r, h.To, StringComparison.OrdinalIgnoreCase));
            if ((Identities.Same(h.To, identity) || role is not null) && h.State is HandoffState.Open or HandoffState.Accepted or HandoffState.InProgress or HandoffState.Blocked)
            {
                var to = role is null ? "addressed to you" : $"addressed to {role} (your role)";
                entries.Add(new InboxEntry("handoff", h, $"{to}; {HandoffTransitions.NextStep(h.State, h.Ref)}", [.. h.Items]));
            }

            var reviews = await Store.GetReviewsAsync(h.Id, cancellationToken);
            if (!isAuthor && !ReviewGate.StandingApprovers(h, reviews).Any(a => Identities.Same(a, identity)))
            {
                foreach (var t in HandoffTransitions.All.Where(t => t.From.Contains(h.State)))
                {
                    foreach (var shortfall in ReviewGate.Shortfalls(h, t.To, reviews, settings).Where(s => roles.Contains(s.Role)))
                    {
                        entries.Add(new InboxEntry("review", h,
                            $"your approval as {shortfall.Role} is needed before it moves to {t.To.Name()} (policy '{shortfall.Policy.Name}'): `baton review approve {h.Ref}`",
                            h.Version.Head is null ? [] : [h.Version.Head]));
                    }
                }
            }

            if (!isAuthor)
                continue;
            foreach (var change in reviews.Where(r => r.Verdict == ReviewVerdict.RequestChanges && h.State == HandoffState.ChangesRequested))
            {
                entries.Add(new InboxEntry("changes", h,
                    $"{change.Reviewer} requested changes{(change.Body is null ? "" : ": " + change.Body)}",
                    change.On is null ? [] : [Reference(change.On, change.Head)]));
            }

            foreach (var feedback in await Store.GetFeedbackAsync(h.Id, cancellationToken))
            {
                var refs = new List<string> { feedback.Id };
                if (feedback.Source.Path is not null)
                    refs.Add(Reference(new ReviewTarget(null, feedback.Source.Path, feedback.Source.Lines), feedback.Source.Commit));
                foreach (var link in (await Store.GetLinksAsync(feedback.Id, cancellationToken)).Where(l => l.From == feedback.Id))
                    refs.Add(link.To);
                entries.Add(new InboxEntry("feedback", h, $"feedback from {RevisionAuthor.From(feedback.Source)}: {feedback.Title}", refs));
            }
        }

        return entries;
    }

    /// <summary>"src/Api.cs:40-48@1a2b3c4d5e6f", or an item id.</summary>
    public static string Reference(ReviewTarget target, string? commit) =>
        target.ItemId ?? (commit is null ? target.ToString() : $"{target}@{commit[..Math.Min(12, commit.Length)]}");

    /// <summary>What still blocks each transition the handoff could take next, for show.</summary>
    public async Task<IReadOnlyList<(string Verb, IReadOnlyList<string> Missing)>> GatesAsync(Handoff handoff, CancellationToken cancellationToken = default)
    {
        var reviews = await Store.GetReviewsAsync(handoff.Id, cancellationToken);
        return [.. HandoffTransitions.All
            .Where(t => t.From.Contains(handoff.State))
            .Select(t => (t.Verb, ReviewGate.Missing(handoff, t.To, reviews, settings)))
            .Where(g => g.Item2.Count > 0)];
    }

    private async Task<ReviewTarget> TargetAsync(string on, CancellationToken cancellationToken)
    {
        if (ReviewTarget.TryParseFileLine(on) is { } fileLine)
            return fileLine;
        try
        {
            return new ReviewTarget(await library.ResolveAsync(on, cancellationToken), null, null);
        }
        catch (BatonException e) when (e.Kind == ErrorKind.Input)
        {
            throw BatonErrors.InvalidReviewTarget(on);
        }
    }

    private static JsonObject StateData(Handoff next, HandoffState? from)
    {
        var data = new JsonObject { ["ref"] = next.Ref };
        if (from is { } f)
            data["from"] = f.Name();
        data["state"] = next.State.Name();
        data["revision"] = next.Revision;
        return data;
    }

    private static string[] Entries(IReadOnlyList<string> values) =>
        [.. values.Select(v => v.Trim()).Where(v => v.Length > 0)];

    private static DateOnly ParseDue(string value) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            ? due
            : throw BatonErrors.InvalidDue(value);

    private static async Task<string> ResolveCommitAsync(string? gitDirectory, string reference, CancellationToken cancellationToken)
    {
        var output = gitDirectory is null || reference.StartsWith('-')
            ? null
            : await GitProbe.RunAsync(gitDirectory, ["rev-parse", "--verify", "--quiet", reference + "^{commit}"], cancellationToken);
        return output?.Trim() is { Length: > 0 } sha ? sha : throw BatonErrors.UnknownCommit(reference);
    }

    private static string Short(string? commit) => commit is null ? "none" : commit[..Math.Min(7, commit.Length)];
}
