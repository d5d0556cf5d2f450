using Baton.Handoffs;
using Baton.Library;
using Baton.Workspaces;

namespace Baton.Tests.Handoffs;

public sealed class ReviewGateTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);

    private static readonly HandoffSettings Settings = WorkspaceConfig.Parse("""
        roles:
          reviewer: [alice, bob]
          qa-lead: [carol]
        handoffs:
          policies:
            - name: two-for-ai
              before: open
              when: {author: ai}
              require: {reviewer: 2}
            - before: done
              require: {qa-lead: 1}
        """, "baton.yaml").Handoffs;

    private static Handoff Handoff(ActorKind author, string name) => new()
    {
        Id = ItemIds.New(T0),
        Number = 1,
        Title = "t",
        From = new SourceLabel { Actor = author, Name = name, At = T0 },
        To = "qa",
        Intent = "i",
        CreatedAt = T0,
        UpdatedAt = T0,
    };

    private static Review Review(string who, ReviewVerdict verdict, int minute, bool dismissed = false) => new()
    {
        Id = ItemIds.New(T0.AddMinutes(minute)),
        HandoffId = "h",
        Verdict = verdict,
        Reviewer = new RevisionAuthor(ActorKind.Human, who),
        At = T0.AddMinutes(minute),
        DismissedAt = dismissed ? T0.AddMinutes(minute + 1) : null,
    };

    [Fact]
    public void Missing_AiAuthorWithOneOfTwoApprovals_NamesTheShortfall()
    {
        var missing = ReviewGate.Missing(Handoff(ActorKind.Ai, "claude-code"), HandoffState.Open, [Review("alice", ReviewVerdict.Approve, 1)], Settings);

        Assert.Equal("policy 'two-for-ai' needs 1 more approval from reviewer because its author is an AI (has 1; can approve: alice, bob)", Assert.Single(missing));
    }

    [Fact]
    public void Missing_HumanAuthor_OpenIsNotGuarded() =>
        Assert.Empty(ReviewGate.Missing(Handoff(ActorKind.Human, "dave"), HandoffState.Open, [], Settings));

    [Fact]
    public void Missing_LaterChangeRequestReplacesTheSamePersonsApproval()
    {
        var reviews = new[] { Review("carol", ReviewVerdict.Approve, 1), Review("carol", ReviewVerdict.Comment, 2), Review("carol", ReviewVerdict.RequestChanges, 3) };

        Assert.Single(ReviewGate.Missing(Handoff(ActorKind.Human, "dave"), HandoffState.Done, reviews, Settings));
    }

    [Fact]
    public void Missing_DismissedApprovalDoesNotCount_ANewOneDoes()
    {
        var handoff = Handoff(ActorKind.Human, "dave");

        Assert.Single(ReviewGate.Missing(handoff, HandoffState.Done, [Review("carol", ReviewVerdict.Approve, 1, dismissed: true)], Settings));
        Assert.Empty(ReviewGate.Missing(handoff, HandoffState.Done, [Review("carol", ReviewVerdict.Approve, 1, dismissed: true), Review("carol", ReviewVerdict.Approve, 5)], Settings));
    }

    [Fact]
    public void Missing_AuthorInTheRole_CannotApproveTheirOwn()
    {
        var missing = ReviewGate.Missing(Handoff(ActorKind.Human, "carol"), HandoffState.Done, [Review("carol", ReviewVerdict.Approve, 1)], Settings);

        Assert.Contains("nobody but the author is in that role", Assert.Single(missing), StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_EmptySections_MeanTheDefaults()
    {
        var settings = WorkspaceConfig.Parse("roles:\nhandoffs:\n", "baton.yaml").Handoffs;

        Assert.Empty(settings.Roles);
        Assert.Empty(settings.Policies);
        Assert.Equal(["dev-to-qa", "dev-to-ai", "ai-to-dev", "qa-to-dev"], settings.Templates.Select(t => t.Name));
    }

    [Fact]
    public void Settings_TemplateOfTheSameName_ReplacesTheBuiltIn()
    {
        var settings = WorkspaceConfig.Parse("handoffs:\n  templates:\n    dev-to-qa:\n      required: [risks]\n", "baton.yaml").Handoffs;

        Assert.Equal(["title", "to", "intent", "risks"], settings.Template("dev-to-qa").AllRequired);
        Assert.Equal(4, settings.Templates.Count);
    }
}
