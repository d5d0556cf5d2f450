using Baton.Library;
using Baton.Prompts;

namespace Baton.Cli.Commands.Demo;

/// <summary>The demo's prompt: a template that pulls the API spec and coding standards in from the library.</summary>
internal static class DemoPrompt
{
    public const string Name = "new-endpoint";

    private const string Template = """
        ---
        title: Write a new endpoint
        description: Asks an AI assistant for an endpoint that follows our API spec and coding standards
        tags: [api]
        variables:
          - name: endpoint
            required: true
            description: The endpoint to write, e.g. POST /payments/{id}/refunds
          - name: language
            default: C#
        ---
        Write the {{ language }} implementation of `{{ endpoint }}`.

        {% assign specs = "api-spec" | items_tagged -%}
        {% for spec in specs -%}
        ## API spec: {{ spec.title }}
        {{ spec.body | strip }}
        {% endfor %}
        ## Coding standards
        {% assign standards = "coding-standards" | items_tagged -%}
        {% for rule in standards -%}
        {{ rule.body | strip }}
        {% endfor %}
        Attach a note explaining each design choice, and list the questions QA should check.
        """;

    /// <summary>Adds and renders the prompt; returns its reference (<c>name@version</c>) for the AI's source labels.</summary>
    public static async Task<string> RenderAsync(ContextLibrary library, SourceLabel author, Action<string, string> step, Action<string> detail, CancellationToken cancellationToken)
    {
        var prompts = new PromptService(library);
        step("A prompt template from the library, pulling in the spec and the standards",
            $"baton prompt add {Name} --file prompts/{Name}.md && baton prompt label {Name} 1 production");
        var added = await prompts.AddAsync(Name, Template, author, $"prompts/{Name}.md", cancellationToken);
        await prompts.LabelAsync(Name, added.Version.Version, "production", RevisionAuthor.From(author), cancellationToken);
        detail($"{Name} version {added.Version.Version}, labelled production; variables: endpoint (required), language (default C#)");

        step("Render it for the AI assistant", $"baton prompt render {Name} --label production --var endpoint=\"POST /payments/{{id}}/refunds\"");
        var rendered = await prompts.RenderAsync(Name, version: null, label: "production",
            new Dictionary<string, object?> { ["endpoint"] = "POST /payments/{id}/refunds" }, cancellationToken);
        foreach (var line in rendered.Text.TrimEnd('\n').Split('\n').Take(14))
            detail("│ " + line);
        detail($"│ … ({rendered.Text.Split('\n').Length} lines; pulled in: {string.Join(", ", rendered.Items.Select(i => i.Title))})");
        return $"{Name}@{rendered.Version}";
    }
}
