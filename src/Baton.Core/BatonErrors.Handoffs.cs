using System.Globalization;

namespace Baton;

/// <summary>The error messages of handoffs (see BatonErrors.cs for the rest).</summary>
internal static partial class BatonErrors
{
    // Handoffs
    public static BatonException InvalidHandoffRef(string value) => Input(
        $"'{value}' is not a handoff; write H-12 (or 12), as `baton handoff list` shows them");

    public static BatonException HandoffNotFound(string handoffRef) => new(ErrorKind.NotFound,
        $"no handoff {handoffRef} in this workspace; `baton handoff list` shows them");

    public static BatonException UnknownHandoffState(string value, IEnumerable<string> known) => Input(
        $"unknown handoff state '{value}'; use one of: {string.Join(", ", known)}");

    public static BatonException UnknownTemplate(string name, IEnumerable<string> known) => Input(
        $"unknown handoff template '{name}'; use one of: {string.Join(", ", known)}, or define it under handoffs.templates in .baton/baton.yaml");

    public static BatonException MissingHandoffFields(string? template, IReadOnlyList<string> fields) => Input(
        $"{(template is null ? "a handoff" : $"a {template} handoff")} needs {string.Join(", ", fields.Select(Handoffs.HandoffFields.Describe))}; give {(fields.Count == 1 ? "it" : "them")} as options or in --from-file, or run on a terminal to be asked");

    public static BatonException InvalidHandoff(string source, IReadOnlyList<string> problems) => Input(
        $"{source} does not match schemas/handoff.v1.json ({problems.Count} {Plural(problems.Count, "problem")}): {string.Join("; ", problems)}; fix {(problems.Count == 1 ? "it" : "them")} and run the command again");

    public static BatonException InvalidJson(string source, long line, long column, string problem, Exception? inner = null) => Input(
        $"{source}:{line}:{column}: {problem.TrimEnd('.')}; fix the JSON there", inner);

    public static BatonException HandoffFileTooLarge(string path, long bytes, long max) => Input(
        $"{path} is {Bytes(bytes)}; a handoff file is at most {Bytes(max)} (its longest field, the intent, holds 20,000 characters): move long material into library items and attach them with items:");

    public static BatonException UnsupportedHandoffFile(string path) => Input(
        $"{path}: give a .yaml, .yml or .json file (see docs/handoffs.md for its fields)");

    public static BatonException InvalidDue(string value) => Input(
        $"invalid due date '{value}'; write it as YYYY-MM-DD, for example 2026-12-01");

    public static BatonException UnknownCommit(string reference) => Input(
        $"git does not know '{reference}' in this repository; give a commit or a ref `git rev-parse` can resolve");

    public static BatonException IllegalTransition(string verb, string handoffRef, Handoffs.HandoffState state) => new(ErrorKind.Conflict,
        $"cannot {verb} {handoffRef}: it is {Handoffs.HandoffStates.Describe(state)}; {Handoffs.HandoffTransitions.NextStep(state, handoffRef)}");

    public static BatonException AlreadyInState(string handoffRef, Handoffs.HandoffState state) => new(ErrorKind.Conflict,
        $"{handoffRef} is already {Handoffs.HandoffStates.Describe(state)}; nothing was changed");

    public static BatonException HandoffConflict(string handoffRef, int expected, int actual) => new(ErrorKind.Conflict,
        $"{handoffRef} changed while you worked on it (you read revision {expected}, it is now at {actual}); nothing was saved: `baton handoff show {handoffRef}` shows where it stands, then run the command again");

    public static BatonException GateBlocked(string handoffRef, Handoffs.HandoffState target, IReadOnlyList<string> missing) => new(ErrorKind.Blocked,
        $"{handoffRef} cannot move to {Handoffs.HandoffStates.Name(target)} yet: {string.Join("; ", missing)}; approvals are given with `baton review approve {handoffRef}`");

    public static BatonException ReviewClosedHandoff(string handoffRef, Handoffs.HandoffState state) => new(ErrorKind.Conflict,
        $"{handoffRef} is {Handoffs.HandoffStates.Describe(state)}, so it takes no more approvals or change requests; {Handoffs.HandoffTransitions.NextStep(state, handoffRef)}");

    public static BatonException InvalidReviewTarget(string value) => Input(
        $"--on '{value}' is neither an item id nor PATH:LINE; write for example --on 01kmz3ab or --on src/Api.cs:42 (or src/Api.cs:40-48)");

    public static BatonException EmptyReviewMessage() => Input(
        "a comment needs its text; give it with -m \"…\"");

    public static BatonException NothingToUpdate() => Input(
        "nothing to update; give at least one of --head, --recapture, --pack, --no-pack, --to, --due, --item, --label");

    public static BatonException AuditChainBroken(long seq, string problem) => new(ErrorKind.Blocked,
        $"the audit log is broken at event {seq}: {problem}; the database was changed outside Baton — restore .baton/baton.db from a backup and compare");
}
