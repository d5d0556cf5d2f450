using Baton.Git;

namespace Baton.Library;

/// <summary>
/// Builds the source label of something being written, from (in order of precedence) explicit overrides,
/// the <c>BATON_SOURCE_*</c> environment variables an AI tool sets when it shells out, and git.
/// A tool or model without an actor means an AI wrote it.
/// </summary>
public static class SourceCapture
{
    public const string ActorVariable = "BATON_SOURCE_ACTOR";
    public const string NameVariable = "BATON_SOURCE_NAME";
    public const string ToolVariable = "BATON_SOURCE_TOOL";
    public const string ModelVariable = "BATON_SOURCE_MODEL";
    public const string PromptVariable = "BATON_SOURCE_PROMPT";
    public const string UrlVariable = "BATON_SOURCE_URL";

    public static SourceLabel Build(SourceOverrides overrides, Func<string, string?> environment, GitContext git, DateTimeOffset at)
    {
        static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        string? Env(string name) => Given(environment(name));

        var tool = Given(overrides.Tool) ?? Env(ToolVariable);
        var model = Given(overrides.Model) ?? Env(ModelVariable);
        var actor = overrides.Actor
            ?? (Env(ActorVariable) is { } a ? ActorKinds.Parse(a) : (ActorKind?)null)
            ?? (tool is not null || model is not null ? ActorKind.Ai : ActorKind.Human);
        var name = Given(overrides.Name) ?? Env(NameVariable) ?? (actor == ActorKind.Human
            ? git.User ?? Env("USER") ?? Env("USERNAME") ?? Environment.UserName
            : tool ?? actor.Name());
        return new SourceLabel
        {
            Actor = actor,
            Name = string.IsNullOrWhiteSpace(name) ? actor.Name() : name,
            Tool = tool,
            Model = model,
            PromptRef = Given(overrides.PromptRef) ?? Env(PromptVariable),
            Repo = git.Repo,
            Branch = git.Branch,
            Commit = git.Commit,
            Dirty = git.Dirty,
            Path = overrides.Path,
            Lines = overrides.Lines,
            Url = Given(overrides.Url) ?? Env(UrlVariable),
            At = at,
        };
    }
}
