using YamlDotNet.RepresentationModel;

namespace Baton.Yaml;

/// <summary>
/// A text file split into its YAML front matter and its body: <c>---\nYAML\n---\nbody</c>. Without a first
/// line of exactly <c>---</c> the whole text is the body. Every line and column this type reports (its own
/// and those of <see cref="Error"/>) counts from the top of the file, not from the YAML or the body.
/// </summary>
public sealed record FrontMatter
{
    private const string Fence = "---";

    /// <summary>The line of the file that holds the first line of the YAML, just below the opening fence.</summary>
    private const int YamlLine = 2;

    /// <summary>The name of the file (or stdin, or a prompt@version) for messages.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the text opened with a front matter block (an empty one counts).</summary>
    public required bool Present { get; init; }

    /// <summary>The fields; empty when there is no front matter or it holds no fields.</summary>
    public required YamlMappingNode Fields { get; init; }

    /// <summary>The text below the closing fence (the whole text when there is no front matter).</summary>
    public required string Body { get; init; }

    /// <summary>The 1-based line of the file on which <see cref="Body"/> starts.</summary>
    public required int BodyLine { get; init; }


    public static FrontMatter Split(string text, string source)
    {
        var (firstEnd, at) = NextLine(text, 0);
        if (!IsFence(text, 0, firstEnd))
            return new FrontMatter { Source = source, Present = false, Fields = new YamlMappingNode(), Body = text, BodyLine = 1 };

        var yamlStart = at;
        for (var line = YamlLine; at < text.Length; line++)
        {
            var (end, next) = NextLine(text, at);
            if (IsFence(text, at, end))
            {
                return new FrontMatter
                {
                    Source = source,
                    Present = true,
                    Fields = Parse(text[yamlStart..at], source),
                    Body = text[next..],
                    BodyLine = line + 1,
                };
            }

            at = next;
        }

        throw BatonErrors.MissingFrontMatterEnd(source);
    }

    /// <summary>An error about one node of the front matter, at its line and column in the file.</summary>
    public BatonException Error(YamlNode node, string problem) =>
        BatonErrors.InvalidYaml(Source, node.Start.Line + YamlLine - 1, node.Start.Column, problem);

    /// <summary>The field's node, or null when the front matter does not have it.</summary>
    public YamlNode? Field(string name) =>
        Fields.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    /// <summary>The field's text, or null when absent or empty; an error when it is a list or mapping.</summary>
    public string? Text(string name) => Field(name) switch
    {
        null => null,
        YamlScalarNode { Value: null or "" } => null,
        YamlScalarNode scalar => scalar.Value,
        var node => throw Error(node, $"'{name}' must be a single value, not a list or a mapping"),
    };

    private static YamlMappingNode Parse(string yaml, string source)
    {
        var stream = YamlLoader.Load(yaml, source, YamlLine);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();
        var root = stream.Documents[0].RootNode;
        return root as YamlMappingNode ?? throw BatonErrors.InvalidYaml(source, root.Start.Line + YamlLine - 1, root.Start.Column,
            "the front matter must be a mapping of fields (key: value)");
    }

    private static bool IsFence(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd(" \t\r").SequenceEqual(Fence);

    /// <summary>The end of the line starting at <paramref name="start"/> (before its '\n') and where the next line starts.</summary>
    private static (int End, int Next) NextLine(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? (text.Length, text.Length) : (newline, newline + 1);
    }
}
