using System.Globalization;

namespace Baton;

/// <summary>Every user-facing error message of Baton, each saying what was wrong and how to fix it.</summary>
internal static partial class BatonErrors
{
    private static BatonException Input(string message, Exception? inner = null) => new(ErrorKind.Input, message, inner);

    // Workspace and store
    public static BatonException NoWorkspace(string startDirectory) => new(ErrorKind.Environment,
        $"not inside a Baton workspace (searched {startDirectory} and its parents for .baton/); run `baton init` to create one, or pass --workspace DIR");

    public static BatonException WorkspaceNotFound(string directory) => new(ErrorKind.Environment,
        $"no Baton workspace at {directory} (expected {Path.Combine(directory, ".baton")}/baton.db); run `baton init` there or fix --workspace");

    public static BatonException WorkspaceWithoutDatabase(string directory) => new(ErrorKind.Environment,
        $"{Path.Combine(directory, ".baton")} has settings but no baton.db (the database is not committed to git); run `baton init --here` in {directory} to create it");

    public static BatonException WorkspaceExists(string directory) => new(ErrorKind.Conflict,
        $"a Baton workspace already exists at {directory}; nothing was changed");

    public static BatonException NewerSchema(string path, int found, int known) => new(ErrorKind.Environment,
        $"{path} was written by a newer Baton (schema version {found}; this Baton knows up to {known}); upgrade baton with `dotnet tool update -g Baton`");

    public static BatonException CorruptDatabase(string path, Exception inner) => new(ErrorKind.Environment,
        $"{path} is not a readable Baton database ({Unwrap(inner.Message)}); restore it from a backup or move it away and run `baton init`", inner);

    public static BatonException DatabaseFailed(string problem) => new(ErrorKind.Environment,
        $"the database could not be read ({Unwrap(problem)}); it may be damaged: restore .baton/baton.db from a backup, or `baton export` what still reads and `baton import` it into a new workspace");

    public static BatonException DatabaseNotWritable(string path, Exception inner) => new(ErrorKind.Environment,
        $"cannot write {path} ({Unwrap(inner.Message)}); check that you own it and its folder (ls -l), and that the disk is not mounted read-only", inner);

    public static BatonException DiskFull(string path, Exception inner) => new(ErrorKind.Environment,
        $"the disk holding {path} is full; nothing was saved: free some space (df -h) and run the command again", inner);

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

    public static BatonException RevisionNotStored(string id, int revision, IEnumerable<int> stored) => new(ErrorKind.NotFound,
        $"item {id} has no revision {revision} stored; it has {string.Join(", ", stored)} (an imported item starts its history at the revision it was exported at)");

    public static BatonException RevisionNotFound(string id, int revision, int latest) => new(ErrorKind.NotFound,
        $"item {id} has no revision {revision}; it has revisions 1 to {latest}");

    public static BatonException NothingToChange() => Input(
        "nothing to change; give at least one of --title, --body, --file, --tag, --add-tag, --untag, --sensitivity (or run it on a terminal with $EDITOR set)");

    public static BatonException EditorFailed(string editor, Exception? inner) => Input(
        $"could not start the editor '{editor}'{(inner is null ? "" : $" ({inner.Message})")}; set $VISUAL or $EDITOR to an installed editor, or give the text with --body or --file", inner);

    public static BatonException BodyTwice() => Input("give the body with --body or --file, not both");

    public static BatonException PromptBodyViaEdit(string title) => Input(
        $"'{title}' is a prompt: its template changes with `baton prompt add NAME --file template.md`, which checks it and makes the next version; `baton edit` changes only its title, tags and sensitivity");

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

    public static BatonException DeletedItemNeedsFullId(string prefix) => new(ErrorKind.NotFound,
        $"no item matches '{prefix}'; the log of a deleted item is found by its full 26-character id (`baton log` lists every event)");

    public static BatonException InvalidSince(string value) => Input(
        $"invalid --since '{value}'; give a date (2026-11-01), a date and time (2026-11-01T09:30Z) or an age (30m, 12h, 7d, 4w)");

    // Token counting
    public static BatonException UnknownTokenEncoding(string value, IEnumerable<string> known) => Input(
        $"unknown token encoding '{value}'; use one of: {string.Join(", ", known)} (o200k_base is what GPT-4o and later models use, cl100k_base GPT-4 and GPT-3.5)");

    // YAML and front matter
    public static BatonException InvalidYaml(string source, long line, long column, string problem, Exception? inner = null) => Input(
        $"{source}:{line}:{column}: {problem.TrimEnd('.')}; fix the YAML there", inner);

    public static BatonException MissingFrontMatterEnd(string source) => Input(
        $"{source}: front matter starts with '---' but has no closing '---' line; add one after the last field");

    public static BatonException InvalidFrontMatterField(string source, string field, string problem) => Input(
        $"{source}: front matter field '{field}' {problem}");

    public static BatonException InvalidConfig(string path, string problem) => Input($"{path}: {problem}");

    // Demo
    public static BatonException DemoFolderNotEmpty(string path) => Input(
        $"{path} is not empty; give `baton demo --dir` a new or empty folder, or leave --dir out to use a temporary one");

    // I/O
    public static BatonException CannotRead(string path, Exception inner) => Input($"cannot read {path}: {inner.Message}", inner);

    public static BatonException CannotWrite(string path, Exception inner) => Input($"cannot write {path}: {inner.Message}", inner);

    /// <summary>"SQLite Error 11: 'database disk image is malformed'." → "database disk image is malformed".</summary>
    private static string Unwrap(string message)
    {
        var open = message.IndexOf('\'');
        var close = message.LastIndexOf('\'');
        return (close > open + 1 ? message[(open + 1)..close] : message).TrimEnd('.');
    }

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1 << 20 => (bytes / (double)(1 << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1 << 10 => (bytes / (double)(1 << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    // Transfer
    public static BatonException NotAFolder(string path) => Input(
        $"{path} is not a folder; give the folder that `baton export` wrote");

    public static BatonException ExportTargetIsFile(string path) => Input(
        $"{path} is a file; give a folder to export into (it is created when missing)");

    /// <summary>A problem found in one field of an imported file, located by line and column.</summary>
    public static BatonException InFile(string source, long line, long column, BatonException problem) => Input(
        $"{source}:{line}:{column}: {problem.Message}", problem);

    /// <summary>A problem with a whole imported file, such as a clash with the workspace.</summary>
    public static BatonException AboutFile(string source, BatonException problem) => Input($"{source}: {problem.Message}", problem);

    /// <summary>A warning, not an error: the file is imported, this one link is not.</summary>
    public static string LinkTargetMissing(string source, string type, string to) =>
        $"{source}: link '{type} {to}' left out: that item is neither in this import nor in the workspace; import it too, then run the import again";

    public static BatonException NotAMapping(string source, long line, long column, string field) => Input(
        $"{source}:{line}:{column}: '{field}' must be a mapping of fields (key: value)");

    public static BatonException NotAScalar(string source, long line, long column, string field) => Input(
        $"{source}:{line}:{column}: '{field}' must be a single value, not a list or a mapping");

    public static BatonException NotAList(string source, long line, long column, string field) => Input(
        $"{source}:{line}:{column}: '{field}' must be a list, for example [payments, retry]");

    public static BatonException UnknownField(string source, long line, long column, string field, IEnumerable<string> known) => Input(
        $"{source}:{line}:{column}: unknown field '{field}'; use one of: {string.Join(", ", known)} (see docs/export-import.md)");

    public static BatonException MissingField(string source, string field) => Input(
        $"{source}: the front matter has no '{field}'; every item needs id, kind, title and source (with actor and name), see docs/export-import.md");

    public static BatonException InvalidItemId(string value) => Input(
        $"'{value}' is not a full item id; ids are 26 lower-case letters and digits (a ULID), as `baton export` writes them");

    public static BatonException InvalidWholeNumber(string field, string value) => Input(
        $"'{field}' is '{value}'; it must be a whole number of at least 1");

    public static BatonException InvalidTime(string field, string value) => Input(
        $"'{field}' is '{value}', not a date and time; write ISO 8601 in UTC, for example 2026-05-28T10:13:20.123Z");

    public static BatonException InvalidBoolean(string field, string value) => Input(
        $"'{field}' is '{value}'; write true or false");

    public static BatonException FileTooLarge(string source, long bytes, long max) => Input(
        $"{source} is {Bytes(bytes)}, more than any item may hold (bodies are limited to {Bytes(max)} by limits.max_body_bytes in .baton/baton.yaml); it was not read");

    public static BatonException FileBodyTooLarge(string source, long bytes, long max) => Input(
        $"{source}: the body is {Bytes(bytes)}; the limit is {Bytes(max)} (limits.max_body_bytes in .baton/baton.yaml); raise the limit or shorten the item");

    public static BatonException EmptyFileBody(string source) => Input(
        $"{source}: the body below the closing '---' is empty; write the item's text there");

    public static BatonException DuplicateImportId(string source, string id, string other) => Input(
        $"{source}: item {id} is also in {other}; keep one of the two files");

    public static BatonException ImportKindMismatch(string source, string id, string fileKind, string storedKind) => Input(
        $"{source}: item {id} is a {storedKind} in this workspace but the file says {fileKind}; an item's kind cannot change, so fix the kind or give the file a new id");

    public static BatonException PromptNameMissing(string source) => Input(
        $"{source}: an item of kind prompt needs its name in the front matter (prompt: {{name: review-endpoint}})");

    public static BatonException PromptFieldNotAllowed(string kind) => Input(
        $"'prompt' is only for items of kind prompt, and this one is a {kind}; remove it");

    public static BatonException PromptLabelOutOfRange(string label, int version, int latest) => Input(
        $"label '{label}' points at version {version}, but this prompt has versions 1 to {latest}");

    public static BatonException DuplicatePromptName(string source, string name, string other) => Input(
        $"{source}: the prompt name '{name}' is also used in {other}; a name belongs to one prompt");

    public static BatonException PromptNameTaken(string name, string ownerId) => new(ErrorKind.Conflict,
        $"the prompt name '{name}' belongs to item {ownerId} in this workspace; rename one of the two prompts");

    public static BatonException PromptAlreadyNamed(string itemId, string name) => new(ErrorKind.Conflict,
        $"item {itemId} is already the prompt '{name}' in this workspace; keep that name");

    public static BatonException NotAPrompt(string itemId) => Input(
        $"item {itemId} is not of kind prompt, so it cannot be registered as a prompt");

    public static BatonException ImportInvalid(string directory, int invalid, int total) => Input(
        $"{invalid} of {total} files in {directory} are invalid (each is listed); nothing was imported, fix them and run the import again");

}
