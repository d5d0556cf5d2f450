using Baton.Yaml;
using Baton.Prompts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Baton.Transfer;

/// <summary>
/// One mapping of the front matter, read field by field. Unknown fields are errors, so that a misspelt
/// <c>sensitivty: secret</c> cannot pass unnoticed; every problem names the file, line and column.
/// Plain <c>null</c>, <c>~</c> and empty values count as absent; anything else is read as text.
/// </summary>
internal sealed class FrontMatterMap
{
    private readonly Dictionary<string, YamlNode> _fields = new(StringComparer.Ordinal);
    private readonly string _prefix;

    private FrontMatterMap(string source, string prefix, YamlNode node)
    {
        Source = source;
        _prefix = prefix;
        Node = node;
    }

    public string Source { get; }

    public YamlNode Node { get; }

    /// <summary>The front matter's top-level fields, as <see cref="FrontMatter"/> parsed them.</summary>
    public static FrontMatterMap Root(FrontMatter frontMatter, IReadOnlyList<string> known) =>
        Open(frontMatter.Fields, frontMatter.Source, "", known);

    /// <param name="known">The allowed field names; null allows any (for free-form mappings such as prompt labels).</param>
    private static FrontMatterMap Open(YamlNode node, string source, string prefix, IReadOnlyList<string>? known)
    {
        if (node is not YamlMappingNode mapping)
            throw BatonErrors.NotAMapping(source, Line(node), node.Start.Column, prefix.TrimEnd('.'));
        var map = new FrontMatterMap(source, prefix, node);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || (known is not null && !known.Contains(key, StringComparer.Ordinal)))
                throw BatonErrors.UnknownField(source, Line(keyNode), keyNode.Start.Column, prefix + keyNode, known ?? []);
            if (!IsNull(value))
                map._fields[key] = value;
        }

        return map;
    }

    public FrontMatterField? Text(string key)
    {
        if (!_fields.TryGetValue(key, out var node))
            return null;
        return node is YamlScalarNode { Value: { } value }
            ? new FrontMatterField(_prefix + key, value, node)
            : throw BatonErrors.NotAScalar(Source, Line(node), node.Start.Column, _prefix + key);
    }

    /// <summary>A value that must be there and not blank.</summary>
    public FrontMatterField RequiredText(string key) =>
        Text(key) is { } field && !string.IsNullOrWhiteSpace(field.Value) ? field : throw BatonErrors.MissingField(Source, _prefix + key);

    /// <summary>A list of text values; a single value is read as a list of one.</summary>
    public IReadOnlyList<FrontMatterField>? List(string key)
    {
        if (!_fields.TryGetValue(key, out var node))
            return null;
        if (node is YamlScalarNode)
            return [Text(key)!.Value];
        if (node is not YamlSequenceNode sequence)
            throw BatonErrors.NotAList(Source, Line(node), node.Start.Column, _prefix + key);
        return [.. sequence.Children.Select(child => child is YamlScalarNode { Value: { } value }
            ? new FrontMatterField(_prefix + key, value, child)
            : throw BatonErrors.NotAScalar(Source, Line(child), child.Start.Column, _prefix + key))];
    }

    /// <summary>A list of mappings, such as <c>links</c>.</summary>
    public IReadOnlyList<FrontMatterMap>? Maps(string key, IReadOnlyList<string> known)
    {
        if (!_fields.TryGetValue(key, out var node))
            return null;
        if (node is not YamlSequenceNode sequence)
            throw BatonErrors.NotAList(Source, Line(node), node.Start.Column, _prefix + key);
        return [.. sequence.Children.Select(child => Open(child, Source, _prefix + key + ".", known))];
    }

    public FrontMatterMap? Map(string key, IReadOnlyList<string>? known) =>
        _fields.TryGetValue(key, out var node) ? Open(node, Source, _prefix + key + ".", known) : null;

    /// <summary>The fields present, in file order (for free-form mappings such as prompt labels).</summary>
    public IEnumerable<string> Keys => _fields.Keys;

    /// <summary>Parses a value with a library parser; its error is reported at the value's position in the file.</summary>
    public T Parse<T>(FrontMatterField field, Func<string, T> parse)
    {
        try
        {
            return parse(field.Value);
        }
        catch (BatonException e)
        {
            throw At(field.Node, e);
        }
    }

    public BatonException At(YamlNode node, BatonException problem) =>
        BatonErrors.InFile(Source, Line(node), node.Start.Column, problem);

    // The YAML starts on the file's second line, below the opening '---' (as in FrontMatter.Error).
    private static long Line(YamlNode node) => node.Start.Line + 1;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
