using Baton.Privacy.Allowing;
using YamlDotNet.RepresentationModel;

namespace Baton.Privacy;

/// <summary>
/// The <c>privacy:</c> section of <c>.baton/baton.yaml</c>: what the team has declared not to be a finding.
/// <code>
/// privacy:
///   allow:
///     paths: [tests/fixtures/**, "*.snap"]      # gitignore-style globs, relative to the workspace root
///     patterns: ['AKIA[0-9A-Z]{12}EXAMPLE']     # regular expressions over a finding's whole value
///   baseline: .baton/privacy-baseline.txt       # accepted fingerprints, relative to the workspace root
/// </code>
/// Patterns are compiled while the file is read, so a bad one is reported at its line in the file.
/// </summary>
public sealed record PrivacySettings
{
    public static PrivacySettings Default { get; } = new();

    public IReadOnlyList<string> AllowPaths { get; init; } = [];

    public IReadOnlyList<string> AllowPatterns { get; init; } = [];

    /// <summary>The baseline file as written in the settings (relative to the workspace root), or null.</summary>
    public string? Baseline { get; init; }

    private static readonly string[] SectionKeys = ["allow", "baseline"];
    private static readonly string[] AllowKeys = ["paths", "patterns"];

    public static PrivacySettings Parse(YamlNode node, string source)
    {
        var section = Mapping(node, source, "privacy");
        var settings = Default;
        foreach (var (keyNode, value) in section.Children)
        {
            var key = Key(keyNode, source, "privacy", SectionKeys);
            if (key == "baseline")
            {
                if (value is not YamlScalarNode { Value: { Length: > 0 } path })
                    throw BatonErrors.InvalidYaml(source, value.Start.Line, value.Start.Column, "'privacy.baseline' must be a path to the baseline file, relative to the workspace root");
                settings = settings with { Baseline = path };
                continue;
            }

            foreach (var (allowKeyNode, list) in Mapping(value, source, "privacy.allow").Children)
            {
                var allowKey = Key(allowKeyNode, source, "privacy.allow", AllowKeys);
                var items = Strings(list, source, $"privacy.allow.{allowKey}");
                if (allowKey == "paths")
                {
                    settings = settings with { AllowPaths = [.. items.Select(i => i.Value)] };
                    continue;
                }

                foreach (var (pattern, at) in items)
                {
                    try
                    {
                        _ = new AllowList([], [pattern]);
                    }
                    catch (BatonException e)
                    {
                        throw BatonErrors.InvalidYaml(source, at.Start.Line, at.Start.Column, e.Message, e);
                    }
                }

                settings = settings with { AllowPatterns = [.. items.Select(i => i.Value)] };
            }
        }

        return settings;
    }

    private static YamlMappingNode Mapping(YamlNode node, string source, string name) => node switch
    {
        YamlMappingNode mapping => mapping,
        YamlScalarNode { Value: null or "" } => new YamlMappingNode(),
        _ => throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, $"'{name}' must be a mapping"),
    };

    private static string Key(YamlNode node, string source, string section, string[] known) =>
        node is YamlScalarNode { Value: { } key } && known.Contains(key)
            ? key
            : throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column,
                $"unknown key '{(node as YamlScalarNode)?.Value}' in '{section}'; known keys: {string.Join(", ", known)}");

    private static List<(string Value, YamlNode At)> Strings(YamlNode node, string source, string name)
    {
        if (node is YamlScalarNode { Value: null or "" })
            return [];
        if (node is not YamlSequenceNode sequence)
            throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, $"'{name}' must be a list");
        return [.. sequence.Children.Select(child => child is YamlScalarNode { Value: { Length: > 0 } value }
            ? (value, (YamlNode)child)
            : throw BatonErrors.InvalidYaml(source, child.Start.Line, child.Start.Column, $"each entry of '{name}' must be a non-empty string"))];
    }
}
