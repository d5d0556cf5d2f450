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

    // Pack file selection
    public static BatonException PackPathNotFound(string path) => Input(
        $"nothing to pack at {path}: no such file or folder; check the path (paths are relative to the current folder)");

    public static BatonException InvalidGlob(string option, string glob, string problem) => Input(
        $"invalid {option} glob '{glob}': {problem}");

    public static BatonException InvalidMaxFileSize(long value) => Input(
        $"invalid file size limit {value}; give a positive number of bytes");

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

    // Prompts
    public static BatonException InvalidPromptNameSyntax(string value) => Input(
        $"'{value}' is not a valid prompt name; use 1–64 lower-case letters, digits and . _ - starting with a letter or digit, for example review-endpoint");

    public static BatonException InvalidPromptLabel(string value) => Input(
        $"'{value}' is not a valid label; use 1–64 lower-case letters, digits and . _ - starting with a letter, for example production or canary");

    public static BatonException LatestLabelIsImplicit() => Input(
        "'latest' always points at the newest version and cannot be set by hand; add a new version with `baton prompt add`, or pick another label");

    public static BatonException PromptNotFound(string name) => new(ErrorKind.NotFound,
        $"no prompt named '{name}'; `baton prompt list` shows the prompts, and `baton prompt add {name} --file TEMPLATE.md` creates it");

    public static BatonException PromptVersionNotFound(string name, int version, int latest) => new(ErrorKind.NotFound,
        $"prompt '{name}' has no version {version}; it has versions 1 to {latest} (`baton prompt versions {name}` lists them)");

    public static BatonException PromptLabelNotFound(string name, string label, IEnumerable<string> labels) => new(ErrorKind.NotFound,
        $"prompt '{name}' has no label '{label}'; its labels are: {string.Join(", ", labels.Prepend("latest"))}; set it with `baton prompt label {name} VERSION {label}`");

    public static BatonException VersionAndLabel() => Input("give --version or --label, not both");

    public static BatonException NoTemplate() => Input(
        "no template given; pass it with --file TEMPLATE.md or on stdin (see docs/prompts.md for the format)");

    public static BatonException EmptyTemplate(string source) => Input(
        $"{source}: the template is empty; write the prompt's Liquid text below the front matter");

    public static BatonException InvalidTemplate(string source, long line, long column, string problem) => Input(
        $"{source}:{line}:{column}: {problem.TrimEnd('.')}; fix the Liquid there (see docs/prompts.md)");

    public static BatonException InvalidTemplate(string source, string problem) => Input(
        $"{source}: {problem.TrimEnd('.')}; fix the Liquid (see docs/prompts.md)");

    public static BatonException TemplateTooDeep(string source) => Input(
        $"{source}: the template nests blocks or expressions too deeply to render safely; flatten it, for example with assign");

    public static BatonException UndeclaredVariables(string source, IReadOnlyList<string> names) => Input(
        $"{source}: the template reads {(names.Count == 1 ? "a variable" : "variables")} its front matter does not declare: {string.Join(", ", names)}; declare each under variables: (name, required, default, description), or fix the name");

    public static BatonException UnknownFilters(string source, IReadOnlyList<string> names) => Input(
        $"{source}: unknown Liquid {Plural(names.Count, "filter")}: {string.Join(", ", names)}; the library filters are item, items_tagged and items_matching, and docs/prompts.md lists the others");

    public static BatonException InvalidVariables(string prompt, IReadOnlyList<string> unknown, IReadOnlyList<Prompts.PromptVariable> missing, IReadOnlyList<string> declared)
    {
        var problems = new List<string>();
        if (missing.Count > 0)
            problems.Add($"missing required {Plural(missing.Count, "variable")}: {string.Join(", ", missing.Select(v => v.Description is null ? v.Name : $"{v.Name} ({v.Description})"))}");
        if (unknown.Count > 0)
            problems.Add($"unknown {Plural(unknown.Count, "variable")}: {string.Join(", ", unknown)} (it declares {(declared.Count == 0 ? "no variables" : string.Join(", ", declared))})");
        return Input($"prompt {prompt}: {string.Join("; ", problems)}; give values with --var NAME=VALUE or in a --var-file");
    }

    public static BatonException MalformedVar(string value) => Input(
        $"--var '{value}' is not NAME=VALUE; write for example --var endpoint=\"POST /payments\"");

    public static BatonException VarGivenTwice(string name) => Input($"--var {name} is given twice; give it once");

    public static BatonException TemplateTooManySteps(string prompt, int steps, Exception inner) => Input(
        $"prompt {prompt} was stopped after {steps.ToString("N0", CultureInfo.InvariantCulture)} steps: a loop runs over too many values or never ends; loop over fewer (for example with limit:)", inner);

    public static BatonException TemplateRangeTooLong(string prompt, decimal length, int max) => Input(
        $"prompt {prompt} was stopped: a range of {length.ToString("N0", CultureInfo.InvariantCulture)} values is more than the {max.ToString("N0", CultureInfo.InvariantCulture)} a template may loop over; use a smaller range");

    public static BatonException RenderedTooLarge(string prompt, long max) => Input(
        $"prompt {prompt} renders to more than {max.ToString("N0", CultureInfo.InvariantCulture)} characters, and was stopped; include fewer or smaller items");

    public static BatonException TemplateValueTooLarge(string prompt, string what, long max) => Input(
        $"prompt {prompt} was stopped: {what} made a text longer than {max.ToString("N0", CultureInfo.InvariantCulture)} characters; build smaller values");

    public static BatonException TemplateListTooLong(string prompt, string filter, int max) => Input(
        $"prompt {prompt} was stopped: the {filter} filter made a list longer than {max.ToString("N0", CultureInfo.InvariantCulture)} values; build smaller lists");

    public static BatonException TemplateRenderFailed(string prompt, string problem, Exception inner) => Input(
        $"prompt {prompt} could not be rendered: {problem.TrimEnd('.')}; fix the template and add it as a new version", inner);

    public static BatonException TemplateItemNotFound(string prompt, string idOrPrefix) => new(ErrorKind.NotFound,
        $"prompt {prompt} includes item '{idOrPrefix}', but no item matches it; `baton list` shows the ids, or change the template");

    public static BatonException TemplateItemArchived(string prompt, string id) => new(ErrorKind.Conflict,
        $"prompt {prompt} includes item {id}, which is archived; `baton unarchive {id}` brings it back, or change the template");

    public static BatonException InvalidFilterArgument(string prompt, string filter, string problem) => Input(
        $"prompt {prompt}: {filter}: {problem} (see docs/prompts.md)");

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

    // MCP server (`baton mcp`): the reader is an AI assistant, so each message says which tool call to make instead
    public static BatonException McpInvalidArguments(string tool, IEnumerable<string> problems, IEnumerable<string> parameters) => Input(
        $"invalid arguments for {tool}: {string.Join("; ", problems)}. {tool} takes {string.Join(", ", parameters)}; fix the arguments and call it again");

    public static BatonException McpMissingHandoffFields(string? template, IReadOnlyList<string> fields) => Input(
        $"{(template is null ? "a handoff" : $"a {template} handoff")} needs {string.Join(", ", fields.Select(Handoffs.HandoffFields.Describe))}; call create_handoff again with {(fields.Count == 1 ? "it" : "all of them")} ({string.Join(", ", fields.Select(SnakeCase))})");

    private static string SnakeCase(string name) => string.Concat(name.Select(c => char.IsAsciiLetterUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));

    public static BatonException McpPackOutOutside(string path) => Input(
        $"out '{path}' is outside the project; give a path inside it (relative to the project root), e.g. packs/context.md");

    public static BatonException McpPackNotInSession(string id) => new(ErrorKind.NotFound,
        $"pack {id} was not built in this session (or is no longer kept); call build_pack without pack_id to build it again");

    public static BatonException McpItemWithheld(string id, string target) => new(ErrorKind.Blocked,
        $"item {id} is withheld by the '{target}' privacy boundary: its sensitivity is above what this client may see, so nothing of it can be shown here; use other items, or ask a person to read it with `baton show`");

    public static BatonException PromptWithheld(string prompt, string sensitivity, string target) => new(ErrorKind.Blocked,
        $"prompt {prompt} is {sensitivity}, above what the '{target}' privacy boundary lets through, so its text is not rendered for it; render it with --target set to a target that admits {sensitivity} (see `baton targets`), or lower the prompt's sensitivity in its front matter");

    public static BatonException McpPromptWithheld(string name, string target) => new(ErrorKind.Blocked,
        $"prompt '{name}' is withheld by the '{target}' privacy boundary: its sensitivity is above what this client may see; list_prompts shows the prompts you can use");

    public static BatonException McpRenderWithheld(string prompt, int count, string target) => new(ErrorKind.Blocked,
        $"prompt {prompt} pulls in {count} library {Plural(count, "item")} above what the '{target}' privacy boundary lets through, so its text cannot be given to this client; ask a person to render it with `baton prompt render`");

    public static BatonException McpOffsetPastEnd(string what, int offset, int length) => Input(
        $"offset {offset.ToString(CultureInfo.InvariantCulture)} is past the end of {what} ({length.ToString(CultureInfo.InvariantCulture)} characters); call again with an offset below {length.ToString(CultureInfo.InvariantCulture)}");

    public static BatonException McpUnknownResource(string uri) => new(ErrorKind.NotFound,
        $"no resource '{uri}'; item resources are baton://item/ID, handoff resources baton://handoff/H-3; the search tool finds item ids, list_handoffs handoffs");

    // Packs (baton pack; docs/packs.md)
    public static BatonException PackNotFound(string prefix) => new(ErrorKind.NotFound,
        $"no pack matches '{prefix}'; `baton pack list` shows the ids");

    public static BatonException AmbiguousPackId(string prefix, IReadOnlyList<string> candidates) => Input(
        $"'{prefix}' matches {(candidates.Count > 5 ? "more than 5" : candidates.Count.ToString(CultureInfo.InvariantCulture))} packs ({string.Join(", ", candidates.Take(5))}); give more characters of the id");

    public static BatonException UnknownPackStyle(string style) => Input(
        $"unknown style '{style}'; use --style markdown, xml or json");

    public static BatonException InvalidTokenLimit(string option, long value) => Input(
        $"{option} {value.ToString(CultureInfo.InvariantCulture)} is not a token count; give a whole number above 0, e.g. {option} 100000");

    public static BatonException InvalidPackNumber(string option, long value) => Input(
        $"{option} {value.ToString(CultureInfo.InvariantCulture)} is out of range; give a whole number of 0 or more");

    public static BatonException SplitNeedsOut() => Input(
        "--split writes several files, so it needs --out FILE (the parts are FILE.1.ext, FILE.2.ext, …)");

    public static BatonException InvalidPromptReference(string value) => Input(
        $"--prompt '{value}' is not NAME or NAME@label; e.g. --prompt review-endpoint@production");

    public static BatonException DiffOutsideGit(string directory) => Input(
        $"--diff needs a git repository, and {directory} is not inside one; run the pack inside the repository or drop --diff");

    public static BatonException UnknownDiffRef(string reference) => Input(
        $"--diff '{reference}': git knows no commit by that name; give a branch, tag or commit (`git log --oneline` lists them), or A..B");

    public static BatonException LogOutsideGit(string directory) => Input(
        $"--log needs a git repository, and {directory} is not inside one; run the pack inside the repository or drop --log");

    public static BatonException BudgetTooSmall(long budget, long needed, string what) => Input(
        $"--budget {budget.ToString(CultureInfo.InvariantCulture)} is too small for what was asked explicitly ({what}): it needs {needed.ToString(CultureInfo.InvariantCulture)} tokens; raise --budget to at least {needed.ToString(CultureInfo.InvariantCulture)} or ask for less");

    public static BatonException SplitTooSmall(long split, string what, long needed) => Input(
        $"--split {split.ToString(CultureInfo.InvariantCulture)} is too small: {what} needs {needed.ToString(CultureInfo.InvariantCulture)} tokens in one part and cannot be cut at a line; raise --split to at least {needed.ToString(CultureInfo.InvariantCulture)}");

    public static BatonException InvalidFileSize(string value) => Input(
        $"--max-file-size '{value}' is not a size; give bytes or a number with K, M or G, e.g. --max-file-size 100M");

    public static BatonException PackJsonNeedsOut() => Input(
        "--json prints the pack's summary on stdout, where the pack itself goes without --out; add --out FILE");

    public static BatonException NoPackToRebuild(string id) => new(ErrorKind.NotFound,
        $"pack {id} has no manifest to rebuild from");

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
