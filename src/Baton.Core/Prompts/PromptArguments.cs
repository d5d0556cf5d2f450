using Baton.Yaml;
using YamlDotNet.RepresentationModel;

namespace Baton.Prompts;

/// <summary>
/// The values given to a render: <c>NAME=VALUE</c> pairs and YAML vars files. A value is text, or (from
/// YAML only) a list or mapping of values, which templates can loop over.
/// </summary>
public static class PromptArguments
{
    /// <summary>Reads <c>NAME=VALUE</c>; the value is everything after the first '=' and may be empty.</summary>
    public static KeyValuePair<string, object?> ParsePair(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? "" : text[..equals].Trim();
        if (name.Length == 0)
            throw BatonErrors.MalformedVar(text);
        return new(name, text[(equals + 1)..]);
    }

    /// <summary>Reads a vars file: a YAML mapping of NAME: VALUE. An empty file gives no values.</summary>
    public static IReadOnlyDictionary<string, object?> ParseFile(string text, string source)
    {
        var stream = YamlLoader.Load(text, source);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return values;
        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
            throw BatonErrors.InvalidYaml(source, root.Start.Line, root.Start.Column, "a vars file must be a mapping of NAME: VALUE lines");

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name })
                throw BatonErrors.InvalidYaml(source, key.Start.Line, key.Start.Column, "each key of a vars file must be a variable name");
            values[name] = FromYaml(value);
        }

        return values;
    }

    /// <summary>The values of a vars file overridden by <c>--var</c> pairs; a name given twice by --var is an error.</summary>
    public static IReadOnlyDictionary<string, object?> Merge(IReadOnlyDictionary<string, object?> file, IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, object?>(file, StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs.Select(ParsePair))
        {
            if (!given.Add(name))
                throw BatonErrors.VarGivenTwice(name);
            values[name] = value;
        }

        return values;
    }

    /// <summary>A YAML value as text, a list of values or a mapping of values (keys in file order).</summary>
    public static object? FromYaml(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode list => list.Children.Select(FromYaml).ToList(),
        YamlMappingNode map => map.Children.ToDictionary(
            c => c.Key is YamlScalarNode { Value: { } key } ? key : c.Key.ToString(), c => FromYaml(c.Value), StringComparer.Ordinal),
        _ => null,
    };
}
