using Baton.Yaml;
using Baton.Library;
using YamlDotNet.RepresentationModel;

namespace Baton.Prompts;

/// <summary>
/// A prompt template file read: what its front matter declares (title, description, tags, sensitivity,
/// variables, any other metadata) and the Liquid body. <see cref="Parse"/> checks the declarations; the
/// Liquid itself is checked by <see cref="PromptRenderer.Compile"/>.
/// </summary>
public sealed record PromptTemplate
{
    private static readonly string[] VariableKeys = ["name", "required", "default", "description"];

    /// <summary>Names a template cannot declare: Liquid's own words and loop objects.</summary>
    private static readonly string[] Reserved = ["forloop", "tablerowloop", "parentloop", "empty", "blank", "nil", "null", "true", "false"];

    /// <summary>The file (or stdin, or <c>name@version</c>) for messages.</summary>
    public required string Source { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public Sensitivity? Sensitivity { get; init; }

    public IReadOnlyList<PromptVariable> Variables { get; init; } = [];

    /// <summary>Every other front matter field, as text, lists and mappings (for example model or owner).</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = new SortedDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The Liquid template: the text below the front matter.</summary>
    public required string Body { get; init; }

    /// <summary>The 1-based line of the file on which <see cref="Body"/> starts, so that Liquid errors point into the file.</summary>
    public required int BodyLine { get; init; }

    public PromptVariable? Variable(string name) => Variables.FirstOrDefault(v => v.Name == name);

    public static PromptTemplate Parse(string text, string source)
    {
        var front = FrontMatter.Split(text, source);
        var metadata = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in front.Fields.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
                throw front.Error(key, "front matter keys must be plain names");
            if (name is not ("title" or "description" or "tags" or "sensitivity" or "variables"))
                metadata[name] = PromptArguments.FromYaml(value);
        }

        return new PromptTemplate
        {
            Source = source,
            Title = front.Text("title") is { } title ? ContextLibrary.CheckTitle(title) : null,
            Description = front.Text("description"),
            Tags = ReadTags(front),
            Sensitivity = front.Text("sensitivity") is { } sensitivity ? Sensitivities.Parse(sensitivity) : null,
            Variables = ReadVariables(front),
            Metadata = metadata,
            Body = front.Body,
            BodyLine = front.BodyLine,
        };
    }

    /// <summary>A name Liquid reads as a plain variable: a letter or _, then letters, digits or _, at most 64.</summary>
    public static bool IsVariableName(string name) =>
        name.Length is > 0 and <= 64 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static IReadOnlyList<string> ReadTags(FrontMatter front) => front.Field("tags") switch
    {
        null => [],
        YamlScalarNode scalar => Library.Tags.Normalize([scalar.Value ?? ""]),
        YamlSequenceNode list => Library.Tags.Normalize(list.Children.Select(t =>
            t is YamlScalarNode { Value: { } tag } ? tag : throw front.Error(t, "each tag must be a single word"))),
        var node => throw front.Error(node, "'tags' must be a list, for example [review, api]"),
    };

    private static List<PromptVariable> ReadVariables(FrontMatter front)
    {
        var node = front.Field("variables");
        if (node is null or YamlScalarNode { Value: null or "" })
            return [];
        if (node is not YamlSequenceNode list)
            throw front.Error(node, "'variables' must be a list of variables, each with a name (and required, default, description)");

        var variables = new List<PromptVariable>();
        foreach (var entry in list.Children)
        {
            var variable = ReadVariable(front, entry);
            if (variables.Exists(v => v.Name == variable.Name))
                throw front.Error(entry, $"the variable '{variable.Name}' is declared twice; keep one");
            variables.Add(variable);
        }

        return variables;
    }

    private static PromptVariable ReadVariable(FrontMatter front, YamlNode entry)
    {
        if (entry is not YamlMappingNode fields)
            throw front.Error(entry, "each variable must be a mapping such as {name: endpoint, required: true}");
        foreach (var key in fields.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } k } || !VariableKeys.Contains(k))
                throw front.Error(key, $"unknown key '{key}' in a variable; use {string.Join(", ", VariableKeys)}");
        }

        var name = Scalar(front, fields, "name") ?? throw front.Error(entry, "this variable has no name; add name: NAME");
        if (!IsVariableName(name) || Reserved.Contains(name))
            throw front.Error(fields.Children[new YamlScalarNode("name")],
                $"'{name}' cannot be a variable name; use letters, digits and _ (not starting with a digit, at most 64), and none of {string.Join(", ", Reserved)}");

        var required = Scalar(front, fields, "required") switch
        {
            null => false,
            var r when string.Equals(r, "true", StringComparison.OrdinalIgnoreCase) => true,
            var r when string.Equals(r, "false", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw front.Error(fields.Children[new YamlScalarNode("required")], $"'required' of variable '{name}' must be true or false"),
        };
        fields.Children.TryGetValue(new YamlScalarNode("default"), out var defaultNode);
        if (required && defaultNode is not null)
            throw front.Error(defaultNode, $"variable '{name}' is required and has a default, which would never be used; remove one of the two");

        return new PromptVariable(name, required, defaultNode is null ? null : PromptArguments.FromYaml(defaultNode), Scalar(front, fields, "description"));
    }

    private static string? Scalar(FrontMatter front, YamlMappingNode fields, string key) =>
        !fields.Children.TryGetValue(new YamlScalarNode(key), out var node) ? null
        : node is YamlScalarNode scalar ? scalar.Value
        : throw front.Error(node, $"'{key}' must be a single value");
}
