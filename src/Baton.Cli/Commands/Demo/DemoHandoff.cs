using Baton.Handoffs;
using Baton.Library;
using Baton.Workspaces;

namespace Baton.Cli.Commands.Demo;

/// <summary>
/// The demo's second half: the developer hands the work to QA with the context attached, QA gives feedback
/// on a line and asks for changes, the developer's inbox shows it, and the log verifies.
/// </summary>
internal static class DemoHandoff
{
    private const string ReviewRules = """

        roles:
          qa-lead: ["Quinn (QA)"]
        handoffs:
          policies:
            - name: qa-signs-off
              before: done
              require: {qa-lead: 1}
        """;

    /// <returns>The handoff's reference.</returns>
    public static async Task<string> RunAsync(
        ContextLibrary library, string configPath, SourceLabel developer, SourceLabel qa, IReadOnlyList<Item> attached, string packId,
        Action<string, string> step, Action<string> detail, CancellationToken cancellationToken)
    {
        step("The team's review rule: QA's lead signs a handoff off before it is done", "roles: and handoffs.policies: in .baton/baton.yaml");
        await File.AppendAllTextAsync(configPath, ReviewRules, cancellationToken);
        var service = new HandoffService(library, WorkspaceConfig.Load(configPath).Handoffs);
        detail("qa-lead: Quinn (QA); policy qa-signs-off: 1 approval from qa-lead before done");

        step("The developer hands the endpoint to QA with the notes, decision and snippet attached",
            "baton handoff create --template dev-to-qa --title \"Refunds endpoint\" --intent \"…\" --criterion \"…\" --item … --pack … --open");
        var created = await service.CreateAsync(new HandoffDraft
        {
            Template = "dev-to-qa",
            Title = "Refunds endpoint",
            Intent = "Test POST /payments/{id}/refunds against the API spec before it ships.",
            AcceptanceCriteria = ["Refunding twice with the same Idempotency-Key refunds once", "A provider timeout is retried, never double-refunded"],
            Risks = ["The retry loop around the provider call"],
            Items = [.. attached.Select(i => i.Id)],
            Pack = packId,
        }, developer, Path.GetDirectoryName(Path.GetDirectoryName(configPath)), cancellationToken);
        var sam = RevisionAuthor.From(developer);
        var handoff = await service.TransitionAsync(created.Ref, "open", sam, cancellationToken: cancellationToken);
        detail($"{handoff.Ref} {handoff.State.Name()} → {handoff.To}, {handoff.Items.Count} items, pack {packId[..8]}, head {handoff.Version.Head?[..7]}");

        var quinn = RevisionAuthor.From(qa);
        step("QA accepts it, tests, and gives feedback linked to the exact line",
            $"baton handoff accept {handoff.Ref} && baton feedback add {handoff.Ref} --on {DemoRepository.ControllerPath}:12 --body \"…\"");
        await service.TransitionAsync(handoff.Ref, "accept", quinn, cancellationToken: cancellationToken);
        await service.TransitionAsync(handoff.Ref, "start", quinn, cancellationToken: cancellationToken);
        var (feedback, _) = await service.FeedbackAsync(handoff.Ref,
            "A provider timeout after the refund went through is retried with a new key: the customer is refunded twice.",
            "Timeout retry refunds twice", $"{DemoRepository.ControllerPath}:12", qa, cancellationToken);
        await service.ReviewAsync(handoff.Ref, ReviewVerdict.RequestChanges, quinn, "See the feedback on line 12", $"{DemoRepository.ControllerPath}:12", cancellationToken);
        detail($"feedback {feedback.Id[..8]} on {DemoRepository.ControllerPath}:12@{feedback.Source.Commit?[..7]}; {handoff.Ref} is now changes_requested");

        step("The developer's inbox shows it, with references that resolve", "baton inbox");
        foreach (var entry in await service.InboxAsync(developer.Name, cancellationToken))
            detail($"{entry.Handoff.Ref}  {entry.Kind,-8} {entry.Why}  [{string.Join(" ", entry.References)}]");

        step("Every change, review and piece of feedback is in a hash-chained log", "baton audit verify");
        var check = await library.Store.VerifyEventChainAsync(cancellationToken);
        detail(check.Intact ? $"intact: {check.Events} events, head {check.HeadHash[..16]}…" : $"broken at event {check.BrokenAt}: {check.Problem}");
        return handoff.Ref;
    }
}
