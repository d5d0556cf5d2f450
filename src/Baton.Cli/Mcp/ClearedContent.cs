using Baton.Privacy.Boundaries;
using ModelContextProtocol.Protocol;

namespace Baton.Cli.Mcp;

/// <summary>
/// The protocol's text-carrying objects for resources and prompts, made only from <see cref="PrivacyBoundary.Cleared"/>
/// texts (tools answer with an <see cref="Answer"/>), so these paths cannot carry a string that did not pass either.
/// </summary>
internal static class ClearedContent
{
    public static TextResourceContents Resource(PrivacyBoundary.Cleared uri, PrivacyBoundary.Cleared markdown) =>
        new() { Uri = uri.Text, MimeType = "text/markdown", Text = markdown.Text };

    public static Resource Listed(PrivacyBoundary.Cleared uri, PrivacyBoundary.Cleared name, PrivacyBoundary.Cleared description) =>
        new() { Uri = uri.Text, Name = name.Text, Description = description.Text, MimeType = "text/markdown" };

    public static PromptMessage UserMessage(PrivacyBoundary.Cleared text) =>
        new() { Role = Role.User, Content = new TextContentBlock { Text = text.Text } };

    public static Prompt Prompt(PrivacyBoundary.Cleared name, PrivacyBoundary.Cleared title, PrivacyBoundary.Cleared? description, IEnumerable<PromptArgument> arguments) =>
        new() { Name = name.Text, Title = title.Text, Description = description?.Text, Arguments = [.. arguments] };

    public static PromptArgument Argument(PrivacyBoundary.Cleared name, PrivacyBoundary.Cleared? description, bool required) =>
        new() { Name = name.Text, Description = description?.Text, Required = required };
}
