using System.Globalization;

namespace Baton;

/// <summary>The error messages of mcp (see BatonErrors.cs for the rest).</summary>
internal static partial class BatonErrors
{
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
}
