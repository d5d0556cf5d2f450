using System.Globalization;

namespace Baton;

/// <summary>Every user-facing error message of Baton, each saying what was wrong and how to fix it.</summary>
internal static class BatonErrors
{
    private static BatonException Input(string message, Exception? inner = null) => new(ErrorKind.Input, message, inner);

    // Workspace and store
    public static BatonException NoWorkspace(string startDirectory) => new(ErrorKind.Environment,
        $"not inside a Baton workspace (searched {startDirectory} and its parents for .baton/); run `baton init` to create one, or pass --workspace DIR");

    public static BatonException WorkspaceNotFound(string directory) => new(ErrorKind.Environment,
        $"no Baton workspace at {directory} (expected {Path.Combine(directory, ".baton")}/baton.db); run `baton init` there or fix --workspace");

    public static BatonException WorkspaceExists(string directory) => new(ErrorKind.Conflict,
        $"a Baton workspace already exists at {directory}; nothing was changed");

    public static BatonException NewerSchema(string path, int found, int known) => new(ErrorKind.Environment,
        $"{path} was written by a newer Baton (schema version {found}; this Baton knows up to {known}); upgrade baton with `dotnet tool update -g Baton`");

    public static BatonException CorruptDatabase(string path, Exception inner) => new(ErrorKind.Environment,
        $"{path} is not a readable Baton database ({inner.Message.TrimEnd('.')}); restore it from a backup or move it away and run `baton init`", inner);

    public static BatonException DatabaseLocked(string path, Exception inner) => new(ErrorKind.Environment,
        $"{path} stayed locked by another process; retry when the other baton command has finished", inner);

    // Items
    public static BatonException UnknownKind(string value, IEnumerable<string> known) => Input(
        $"unknown kind '{value}'; use one of: {string.Join(", ", known)}");

    public static BatonException UnknownSensitivity(string value) => Input(
        $"unknown sensitivity '{value}'; use one of: public, internal, confidential, secret");

    public static BatonException UnknownActor(string value) => Input(
        $"unknown actor kind '{value}'; use one of: human, ai, automation");

    public static BatonException UnknownLinkType(string value, IEnumerable<string> known) => Input(
        $"unknown link type '{value}'; use one of: {string.Join(", ", known)}");

    public static BatonException InvalidId(string value) => Input(
        $"'{value}' is not an item id or id prefix; ids are 26 letters and digits (Crockford base32), and a prefix needs at least 4 of them");

    public static BatonException ItemNotFound(string prefix) => new(ErrorKind.NotFound,
        $"no item matches '{prefix}'; `baton list` or `baton search` shows the ids");

    public static BatonException AmbiguousId(string prefix, IReadOnlyList<string> candidates) => Input(
        $"'{prefix}' matches {(candidates.Count > 5 ? "more than 5" : candidates.Count.ToString(CultureInfo.InvariantCulture))} items ({string.Join(", ", candidates.Take(5))}); give more characters of the id");

    public static BatonException EmptyTitle() => Input("the title is empty; give one with --title \"…\"");

    public static BatonException TitleTooLong(int length, int max) => Input(
        $"the title is {length} characters long; keep it under {max} and put the rest in the body");

    public static BatonException EmptyBody() => Input(
        "the body is empty; give it with --body TEXT, --file PATH, on stdin, or in $EDITOR when interactive");

    public static BatonException BodyTooLarge(long bytes, long max) => Input(
        $"the body is {Bytes(bytes)}; the limit is {Bytes(max)} (limits.max_body_bytes in .baton/baton.yaml); store large files in git and snippet the lines that matter with `baton snippet PATH:START-END`");

    public static BatonException InvalidUtf8(string source) => Input(
        $"{source} is not valid UTF-8 text; convert it (for example with `iconv -t UTF-8`) or store binary content in git instead");

    public static BatonException InvalidTag(string tag) => Input(
        $"invalid tag '{tag}'; tags are 1–64 characters of letters, digits and . _ - / : (no spaces)");

    public static BatonException RevisionConflict(string id, int expected, int actual) => new(ErrorKind.Conflict,
        $"item {id} changed while you edited it (you started from revision {expected}, it is now at {actual}); nothing was saved, run the edit again on the new revision");

    public static BatonException RevisionNotFound(string id, int revision, int latest) => new(ErrorKind.NotFound,
        $"item {id} has no revision {revision}; it has revisions 1 to {latest}");

    public static BatonException NothingToChange() => Input(
        "nothing to change; give at least one of --title, --body, --file, --tag, --untag, --sensitivity");

    public static BatonException BodyTwice() => Input("give the body with --body or --file, not both");

    public static BatonException PromptViaAdd() => Input(
        "prompts are added with `baton prompt add NAME --file template.md`, which checks the template and versions it");

    public static BatonException SelfLink(string id) => Input($"an item cannot link to itself ({id})");

    public static BatonException AlreadyArchived(string id) => new(ErrorKind.Conflict, $"item {id} is already archived; `baton unarchive {id}` brings it back");

    public static BatonException NotArchived(string id) => new(ErrorKind.Conflict, $"item {id} is not archived");

    public static BatonException ConfirmationRequired(string what) => Input(
        $"{what} needs confirmation; run it on a terminal to be asked, or add --yes");

    // Source labels
    public static BatonException InvalidLineRange(string value) => Input(
        $"invalid line range '{value}'; write START-END with 1 ≤ START ≤ END, for example 10-40");

    // Snippets
    public static BatonException InvalidSnippetSpec(string value) => Input(
        $"'{value}' is not PATH:START-END; for example `baton snippet src/Foo.cs:10-40`");

    public static BatonException FileNotFound(string path) => Input($"file not found: {path}");

    public static BatonException LinesOutOfRange(string path, int start, int end, int lineCount) => Input(
        $"{path} has {lineCount} lines; lines {start}-{end} are outside it");

    // Search
    public static BatonException InvalidQuery(string query, string problem) => Input(
        $"cannot search for '{query}': {problem}; quote phrases with \"…\", combine words with AND, OR, NOT and ( ), and end a word with * for a prefix");

    public static BatonException InvalidSince(string value) => Input(
        $"invalid --since '{value}'; give a date (2026-11-01), a date and time (2026-11-01T09:30Z) or an age (30m, 12h, 7d, 4w)");

    // YAML and front matter
    public static BatonException InvalidYaml(string source, long line, long column, string problem, Exception? inner = null) => Input(
        $"{source}:{line}:{column}: {problem.TrimEnd('.')}; fix the YAML there", inner);

    public static BatonException MissingFrontMatterEnd(string source) => Input(
        $"{source}: front matter starts with '---' but has no closing '---' line; add one after the last field");

    public static BatonException InvalidFrontMatterField(string source, string field, string problem) => Input(
        $"{source}: front matter field '{field}' {problem}");

    public static BatonException InvalidConfig(string path, string problem) => Input($"{path}: {problem}");

    // Privacy
    public static BatonException InvalidBaseline(string source, int line, int column, string problem) => Input(
        $"{source}:{line}:{column}: {problem}; fix or delete that line of the privacy baseline");

    public static BatonException InvalidAllowPattern(string pattern, string problem) => Input(
        $"the privacy allow pattern '{pattern}' is not a usable regular expression ({problem.TrimEnd('.')}); patterns run on .NET's non-backtracking engine, which has no look-arounds or back-references");

    // I/O
    public static BatonException CannotRead(string path, Exception inner) => Input($"cannot read {path}: {inner.Message}", inner);

    public static BatonException CannotWrite(string path, Exception inner) => Input($"cannot write {path}: {inner.Message}", inner);

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1 << 20 => (bytes / (double)(1 << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1 << 10 => (bytes / (double)(1 << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
