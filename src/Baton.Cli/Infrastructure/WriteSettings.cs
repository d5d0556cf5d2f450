using System.ComponentModel;
using Baton.Library;
using Spectre.Console.Cli;

namespace Baton.Cli.Infrastructure;

/// <summary>Options of commands that write: who is writing, for the source label.</summary>
internal class WriteSettings : GlobalSettings
{
    [CommandOption("--actor <KIND>")]
    [Description("Who is writing: human, ai or automation (default: ai when a tool or model is given, else human; env BATON_SOURCE_ACTOR)")]
    public string? Actor { get; init; }

    [CommandOption("--as <NAME>")]
    [Description("The name to record as the author (default: git user.name <user.email>, or the tool for AI; env BATON_SOURCE_NAME)")]
    public string? As { get; init; }

    [CommandOption("--source-tool <TOOL>")]
    [Description("The AI tool or program writing, e.g. claude-code, codex, cursor (env BATON_SOURCE_TOOL)")]
    public string? SourceTool { get; init; }

    [CommandOption("--source-model <MODEL>")]
    [Description("The model that produced the content (env BATON_SOURCE_MODEL)")]
    public string? SourceModel { get; init; }

    [CommandOption("--source-prompt <REF>")]
    [Description("The prompt that produced the content: a library prompt NAME@VERSION or any reference (env BATON_SOURCE_PROMPT)")]
    public string? SourcePrompt { get; init; }

    [CommandOption("--source-url <URL>")]
    [Description("Where the content came from: a chat, issue or pull-request URL (env BATON_SOURCE_URL)")]
    public string? SourceUrl { get; init; }

    public SourceOverrides Overrides() => new()
    {
        Actor = Actor is null ? null : ActorKinds.Parse(Actor),
        Name = As,
        Tool = SourceTool,
        Model = SourceModel,
        PromptRef = SourcePrompt,
        Url = SourceUrl,
    };
}
