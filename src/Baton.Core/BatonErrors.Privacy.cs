using System.Globalization;

namespace Baton;

/// <summary>The error messages of privacy (see BatonErrors.cs for the rest).</summary>
internal static partial class BatonErrors
{
    // Scans and hooks
    public static BatonException ScanPathNotFound(string path) => Input(
        $"nothing to scan at {path}: no such file or folder; check the path (paths are relative to the current folder)");

    public static BatonException ScanNeedsGit(string option, string directory) => Input(
        $"{option} needs a git repository, and {directory} is not in one; run it inside a repository, or scan files with `baton scan [PATHS]`");

    public static BatonException UnknownRevision(string revision, string range) => Input(
        revision == range
            ? $"unknown revision '{revision}'; give a commit, branch or tag that exists (`git log --oneline` lists them), as in `baton scan --diff main`"
            : $"unknown revision '{revision}' in '{range}'; give commits, branches or tags that exist, as in `baton scan --diff main..HEAD`");

    public static BatonException ScanModesTogether() => Input(
        "give one of --staged, --diff and --commits, not several");

    public static BatonException OutputFormatsTogether() => Input(
        "give --json or --sarif, not both");

    public static BatonException UnknownConfidence(string value) => Input(
        $"unknown confidence '{value}'; use low, medium or high");

    public static BatonException BaselineNotFound(string path, string from) => Input(
        $"the privacy baseline {path} ({from}) does not exist; create it with `baton scan --write-baseline {path}`, or fix the path");

    public static BatonException GitNotRunnable(string problem) => new(ErrorKind.Environment,
        $"cannot run git ({problem}); install git or put it on PATH");

    public static BatonException GitFailed(string command, string message) => new(ErrorKind.Environment,
        $"git {command} failed: {(message.Length == 0 ? "no message" : message)}");

    public static BatonException HooksNeedGit(string directory) => Input(
        $"{directory} is not in a git repository; run `baton hooks install` inside the repository whose commits should be scanned");

    public static BatonException ForeignHook(string path) => Input(
        $"{path} already exists and was not installed by Baton; add `baton scan --staged` to it yourself, or rerun with --force to replace it (the old hook is kept as {path}.baton-backup)");

    // Privacy
    public static BatonException InvalidBaseline(string source, int line, int column, string problem) => Input(
        $"{source}:{line}:{column}: {problem}; fix or delete that line of the privacy baseline");

    public static BatonException InvalidAllowPattern(string pattern, string problem) => Input(
        $"the privacy allow pattern '{pattern}' is not a usable regular expression ({problem.TrimEnd('.')}); patterns run on .NET's non-backtracking engine, which has no look-arounds or back-references");

    public static BatonException UnknownTarget(string name, IEnumerable<string> known) => Input(
        $"unknown privacy target '{name}'; known targets: {string.Join(", ", known)} (define more under 'targets:' in .baton/baton.yaml)");

    public static BatonException BoundaryFailedClosed(string target, string? path, IEnumerable<string> rules) => new(ErrorKind.Blocked,
        $"the privacy boundary for '{target}' stopped: after redaction {path ?? "the content"} still matched {string.Join(", ", rules)}; nothing was sent. Report this with `baton scan` output for that file, or exclude it");

    // Pseudonym vault: nothing is written or replaced when these are thrown.
    public static BatonException RedactNeedsInput() => Input(
        "give the text to pass: `baton redact notes.md`, or pipe it in with `… | baton redact -`");

    public static BatonException RestoreNeedsInput() => Input(
        "give the text to restore: `baton restore answer.md`, or pipe it in with `… | baton restore -`");

    public static BatonException VaultKeyMissing(string keyPath, long entries) => new(ErrorKind.Environment,
        $"the workspace's pseudonym vault holds {entries} value(s) sealed under a key that is not at {keyPath}; copy that key file from the machine or account that made it (keep it mode 0600), or run with XDG_DATA_HOME pointing at the data folder that has it. Baton will not make a new key, which would leave those values unreadable; if the key is lost for good, `baton vault forget` drops them");

    public static BatonException VaultWrongKey(string keyPath, long entries) => new(ErrorKind.Environment,
        $"the key at {keyPath} is not the one the workspace's pseudonym vault was sealed with ({entries} value(s)); it may come from another machine. Put the vault's own key file there; nothing was changed (if that key is lost for good, `baton vault forget` drops those values)");

    public static BatonException VaultKeyUnreadable(string keyPath, string problem) => new(ErrorKind.Environment,
        $"cannot use the vault key {keyPath}: {problem.TrimEnd('.')}; restore the file from a backup (a key file holds a '#' comment and one line of base64). Nothing was changed");

    public static BatonException VaultKeyTooOpen(string keyPath) => new(ErrorKind.Environment,
        $"the vault key {keyPath} can be read by other users; run `chmod 600 {keyPath}` and try again");

    public static BatonException VaultKeyCannotCreate(string keyPath, string problem) => new(ErrorKind.Environment,
        $"cannot create the vault key {keyPath}: {problem.TrimEnd('.')}; make its folder writable, or set XDG_DATA_HOME to a folder you own");

    public static BatonException VaultKeyChangedMeanwhile(string location) => new(ErrorKind.Conflict,
        $"another process bound a different key to the pseudonym vault in {location} while this one ran; run the command again");

    public static BatonException VaultMissing(string location) => new(ErrorKind.Environment,
        $"the pseudonym vault in {location} is missing its header row; the database may have been edited by hand. Restore it from a backup");

    public static BatonException VaultEntryDamaged(string placeholder) => new(ErrorKind.Environment,
        $"the vault entry for {placeholder} does not open with this key: it was altered or damaged; nothing was restored or written. Restore the database from a backup, or remove that placeholder from the text");
}
