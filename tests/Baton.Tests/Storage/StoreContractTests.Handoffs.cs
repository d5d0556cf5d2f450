using Baton.Handoffs;
using Baton.Library;
using Baton.Storage;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    private const string HeadA = "1111111111111111111111111111111111111111";
    private const string HeadB = "2222222222222222222222222222222222222222";

    protected static Handoff NewHandoff(string title = "Retry payments", string to = "qa", DateTimeOffset? at = null, SourceLabel? from = null)
    {
        var when = at ?? T0;
        return new Handoff
        {
            Id = ItemIds.New(when),
            Title = title,
            Template = "dev-to-qa",
            From = from ?? HumanSource(when),
            To = to,
            Intent = "Make retries safe.\nThey must not double-charge.",
            AcceptanceCriteria = ["A retried payment charges once", "Timeouts are logged"],
            Risks = ["Idempotency keys expire after 24h"],
            Version = new VersionRefs("github.com/acme/shop", "feature/retry", null, HeadA, false),
            PackSelection = new PackSelection { Diff = "main", Target = "team" },
            Labels = ["payments"],
            Due = new DateOnly(2026, 12, 1),
            CreatedAt = when,
            UpdatedAt = when,
        };
    }

    private static HandoffChange Move(Handoff current, HandoffState state, RevisionAuthor by, int? revision = null) =>
        new(current with { State = state, Revision = revision ?? current.Revision + 1, UpdatedAt = current.UpdatedAt.AddMinutes(1) }, by, "handoff.test");

    private static Review Approval(Handoff handoff, RevisionAuthor by, DateTimeOffset at) => new()
    {
        Id = ItemIds.New(at),
        HandoffId = handoff.Id,
        Verdict = ReviewVerdict.Approve,
        Reviewer = by,
        Head = handoff.Version.Head,
        At = at,
    };

    [Fact]
    public async Task AddHandoffAsync_TwoHandoffs_NumbersThemInOrderAndReadsEveryFieldBack()
    {
        var first = await Store.AddHandoffAsync(NewHandoff("First"), Ada, Ct);
        var second = await Store.AddHandoffAsync(NewHandoff("Second", at: T0.AddSeconds(1)), Ada, Ct);

        Assert.Equal((1, 2), (first.Number, second.Number));
        Assert.Equal("H-2", second.Ref);
        var read = await Store.FindHandoffAsync(1, Ct);
        Assert.NotNull(read);
        Assert.Equal(HandoffDocument.ToJson(first).ToJsonString(), HandoffDocument.ToJson(read).ToJsonString());
        Assert.Equal(["A retried payment charges once", "Timeouts are logged"], read.AcceptanceCriteria);
        Assert.Equal(new DateOnly(2026, 12, 1), read.Due);
        Assert.Equal(HeadA, read.Version.Head);
        Assert.Equal("handoff.created", Assert.Single(await Store.GetEventsAsync(first.Id, Ct)).Kind);
    }

    [Fact]
    public async Task AddHandoffAsync_SchemaViolations_ListsEachAndWritesNothing()
    {
        var bad = NewHandoff("Two\nlines") with { To = "", Labels = ["Not A Label"] };

        var error = await AssertFailsAsync(ErrorKind.Input, () => Store.AddHandoffAsync(bad, Ada, Ct));

        Assert.Contains("/title", error.Message, StringComparison.Ordinal);
        Assert.Contains("/to", error.Message, StringComparison.Ordinal);
        Assert.Contains("/labels/0", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.ListHandoffsAsync(new HandoffFilter(), Ct));
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task FindHandoffAsync_UnknownNumber_ReturnsNull()
    {
        await Store.AddHandoffAsync(NewHandoff(), Ada, Ct);

        Assert.Null(await Store.FindHandoffAsync(99, Ct));
    }

    [Fact]
    public async Task ListHandoffsAsync_StateAndRecipientFilters_NewestFirst()
    {
        var a = await Store.AddHandoffAsync(NewHandoff("A", "qa"), Ada, Ct);
        await Store.AddHandoffAsync(NewHandoff("B", "claude-code"), Ada, Ct);
        await Store.AddHandoffAsync(NewHandoff("C", "QA"), Ada, Ct);
        await Store.UpdateHandoffAsync(Move(a, HandoffState.Open, Ada), Ct);

        Assert.Equal(["C", "B", "A"], (await Store.ListHandoffsAsync(new HandoffFilter(), Ct)).Select(h => h.Title));
        Assert.Equal(["C", "A"], (await Store.ListHandoffsAsync(new HandoffFilter(To: "qa"), Ct)).Select(h => h.Title));
        Assert.Equal(["A"], (await Store.ListHandoffsAsync(new HandoffFilter([HandoffState.Open]), Ct)).Select(h => h.Title));
    }

    [Fact]
    public async Task UpdateHandoffAsync_FromAnOlderRevision_IsAConflictAndChangesNothing()
    {
        var stored = await Store.AddHandoffAsync(NewHandoff(), Ada, Ct);
        var opened = await Store.UpdateHandoffAsync(Move(stored, HandoffState.Open, Ada), Ct);

        var error = await AssertFailsAsync(ErrorKind.Conflict, () => Store.UpdateHandoffAsync(Move(stored, HandoffState.Cancelled, Claude), Ct));

        Assert.Contains("H-1", error.Message, StringComparison.Ordinal);
        var now = await Store.FindHandoffAsync(1, Ct);
        Assert.Equal((HandoffState.Open, 2), (now!.State, now.Revision));
        Assert.Equal(opened.UpdatedAt, now.UpdatedAt);
        Assert.Equal(["handoff.created", "handoff.test"], (await Store.GetEventsAsync(stored.Id, Ct)).Select(e => e.Kind));
    }

    [Fact]
    public async Task UpdateHandoffAsync_TwoStoresAcceptingAtOnce_ExactlyOneWinsAndTheChainHolds()
    {
        const int Rounds = 10;
        await using var other = await OpenSameStoreAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var open = await Store.UpdateHandoffAsync(Move(await Store.AddHandoffAsync(NewHandoff($"Round {round}"), Ada, Ct), HandoffState.Open, Ada), Ct);
            using var start = new Barrier(2);

            var outcomes = await Task.WhenAll(
                Task.Run(() => TryMoveAsync(Store, Move(open, HandoffState.Accepted, Ada), start), Ct),
                Task.Run(() => TryMoveAsync(other, Move(open, HandoffState.Accepted, Claude), start), Ct));

            Assert.Single(outcomes, o => o is null);
            Assert.Equal(ErrorKind.Conflict, Assert.Single(outcomes, o => o is not null)!.Kind);
            Assert.Equal(3, (await Store.FindHandoffAsync(open.Number, Ct))!.Revision);
        }

        Assert.True((await Store.VerifyEventChainAsync(Ct)).Intact);
    }

    private static async Task<BatonException?> TryMoveAsync(IBatonStore store, HandoffChange change, Barrier start)
    {
        start.SignalAndWait(Ct);
        try
        {
            await store.UpdateHandoffAsync(change, Ct);
            return null;
        }
        catch (BatonException e)
        {
            return e;
        }
    }

    [Fact]
    public async Task UpdateHandoffAsync_DismissingApprovals_MarksEachWithItsReasonAndEvent()
    {
        var handoff = await Store.AddHandoffAsync(NewHandoff(), Ada, Ct);
        await Store.AddReviewAsync(Approval(handoff, Claude, T0.AddMinutes(1)), null, Ct);
        await Store.AddReviewAsync(new Review { Id = ItemIds.New(T0.AddMinutes(2)), HandoffId = handoff.Id, Verdict = ReviewVerdict.Comment, Reviewer = Claude, Body = "nit", At = T0.AddMinutes(2) }, null, Ct);
        var moved = handoff with { Version = handoff.Version with { Head = HeadB }, Revision = 2, UpdatedAt = T0.AddMinutes(3) };

        await Store.UpdateHandoffAsync(new HandoffChange(moved, Ada, "handoff.updated", DismissApprovals: "the head commit changed"), Ct);

        var reviews = await Store.GetReviewsAsync(handoff.Id, Ct);
        Assert.Equal([true, false], reviews.Select(r => r.Dismissed));
        Assert.Equal("the head commit changed", reviews[0].DismissedReason);
        Assert.Equal(HeadA, reviews[0].Head);
        Assert.Equal(["handoff.created", "review.approved", "review.commented", "handoff.updated", "review.dismissed"],
            (await Store.GetEventsAsync(handoff.Id, Ct)).Select(e => e.Kind));
    }

    [Fact]
    public async Task AddReviewAsync_WithAStaleChange_WritesNeitherReviewNorChange()
    {
        var handoff = await Store.AddHandoffAsync(NewHandoff(), Ada, Ct);
        await Store.UpdateHandoffAsync(Move(handoff, HandoffState.Open, Ada), Ct);

        await AssertFailsAsync(ErrorKind.Conflict, () => Store.AddReviewAsync(Approval(handoff, Claude, T0.AddMinutes(5)), Move(handoff, HandoffState.ChangesRequested, Claude), Ct));

        Assert.Empty(await Store.GetReviewsAsync(handoff.Id, Ct));
        Assert.Equal(HandoffState.Open, (await Store.FindHandoffAsync(1, Ct))!.State);
    }

    [Fact]
    public async Task VerifyEventChainAsync_AfterItemAndHandoffWrites_IsIntactUpToTheLastEvent()
    {
        await AddAsync("A note");
        var handoff = await Store.AddHandoffAsync(NewHandoff(), Ada, Ct);
        await Store.AddReviewAsync(Approval(handoff, Claude, T0.AddMinutes(1)), null, Ct);

        var check = await Store.VerifyEventChainAsync(Ct);

        Assert.True(check.Intact, check.Problem);
        Assert.Equal(3, check.Events);
        Assert.Equal((await Store.GetEventsAsync(cancellationToken: Ct))[^1].Seq, check.HeadSeq);
        Assert.Matches("^[0-9a-f]{64}$", check.HeadHash);
    }

    [Fact]
    public async Task AddFeedbackAsync_TiesTheItemToTheHandoffAndLinksWhatItReferences()
    {
        var handoff = await Store.AddHandoffAsync(NewHandoff(), Ada, Ct);
        var note = await AddAsync("Design notes");
        var feedback = Draft("Double charge", "On timeout it charges twice.", kind: ItemKind.Feedback,
            source: HumanSource(T0) with { Path = "src/Api.cs", Lines = new LineRange(40, 42), Commit = HeadA }, at: T0.AddMinutes(1));

        await Store.AddFeedbackAsync(handoff.Id, feedback, note.Id, Ct);

        AssertSameItem(feedback, Assert.Single(await Store.GetFeedbackAsync(handoff.Id, Ct)));
        Assert.Equal(("references", note.Id), (Assert.Single(await Store.GetLinksAsync(feedback.Id, Ct)).Type, (await Store.GetLinksAsync(feedback.Id, Ct))[0].To));
        var data = Assert.Single(await Store.GetEventsAsync(handoff.Id, Ct), e => e.Kind == "handoff.feedback").Data!;
        Assert.Contains($"src/Api.cs:40-42@{HeadA}", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddFeedbackAsync_UnknownReferencedItem_WritesNothing()
    {
        var handoff = await Store.AddHandoffAsync(NewHandoff(), Ada, Ct);
        var feedback = Draft("Orphan", kind: ItemKind.Feedback);

        await AssertFailsAsync(ErrorKind.NotFound, () => Store.AddFeedbackAsync(handoff.Id, feedback, ItemIds.New(T0), Ct));

        Assert.Null(await Store.FindItemAsync(feedback.Id, Ct));
        Assert.Empty(await Store.GetFeedbackAsync(handoff.Id, Ct));
    }

    [Fact]
    public async Task UpdateHandoffAsync_NextBreaksTheSchema_IsRefusedAndChangesNothing()
    {
        var stored = await Store.AddHandoffAsync(NewHandoff(), Ada, Ct);
        var broken = stored with { Intent = new string('x', 20_001), Revision = 2, UpdatedAt = T0.AddMinutes(1) };

        var error = await AssertFailsAsync(ErrorKind.Input, () => Store.UpdateHandoffAsync(new HandoffChange(broken, Ada, "handoff.updated"), Ct));

        Assert.Contains("/intent", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await Store.FindHandoffAsync(1, Ct))!.Revision);
        Assert.Single(await Store.GetEventsAsync(stored.Id, Ct));
    }
}
