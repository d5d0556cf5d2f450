namespace Baton.Handoffs;

/// <summary>
/// Checks the review policies that guard a transition. Counts, per role, the people whose latest
/// verdict (approve or request-changes; comments do not count) is a standing approval; an author's
/// approval of their own handoff never counts.
/// </summary>
public static class ReviewGate
{
    /// <summary>What is missing before <paramref name="handoff"/> may enter <paramref name="target"/>, as sentences; empty when nothing is.</summary>
    public static IReadOnlyList<string> Missing(Handoff handoff, HandoffState target, IReadOnlyList<Review> reviews, HandoffSettings settings) =>
        [.. Shortfalls(handoff, target, reviews, settings).Select(s => s.ToString())];

    public static IReadOnlyList<Shortfall> Shortfalls(Handoff handoff, HandoffState target, IReadOnlyList<Review> reviews, HandoffSettings settings)
    {
        var approvers = StandingApprovers(handoff, reviews);
        var shortfalls = new List<Shortfall>();
        foreach (var policy in settings.Policies.Where(p => p.Before == target && p.When.Holds(handoff)))
        {
            foreach (var (role, count) in policy.Require)
            {
                var members = settings.Roles.GetValueOrDefault(role) ?? [];
                var have = approvers.Count(a => members.Any(m => Identities.Same(m, a)));
                if (have < count)
                    shortfalls.Add(new Shortfall(policy, role, count, have, [.. members.Where(m => !Identities.Same(m, handoff.From.Name))]));
            }
        }

        return shortfalls;
    }

    /// <summary>People (not the author) whose latest verdict on the handoff is an approval that was not dismissed.</summary>
    public static IReadOnlyList<string> StandingApprovers(Handoff handoff, IReadOnlyList<Review> reviews)
    {
        var latest = new Dictionary<string, Review>(StringComparer.OrdinalIgnoreCase);
        foreach (var review in reviews.Where(r => r.Verdict != ReviewVerdict.Comment).OrderBy(r => r.At))
        {
            var key = latest.Keys.FirstOrDefault(k => Identities.Same(k, review.Reviewer.Name)) ?? review.Reviewer.Name;
            latest[key] = review;
        }

        return [.. latest.Values
            .Where(r => r.Verdict == ReviewVerdict.Approve && !r.Dismissed && !Identities.Same(r.Reviewer.Name, handoff.From.Name))
            .Select(r => r.Reviewer.Name)];
    }
}
