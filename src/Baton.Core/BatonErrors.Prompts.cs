using System.Globalization;

namespace Baton;

/// <summary>The error messages of prompts (see BatonErrors.cs for the rest).</summary>
internal static partial class BatonErrors
{
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
}
