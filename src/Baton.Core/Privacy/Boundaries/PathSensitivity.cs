using Baton.Library;
using Baton.Privacy.Allowing;
using YamlDotNet.RepresentationModel;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// The sensitivity of files by path, from the <c>sensitivity:</c> section of <c>baton.yaml</c>: gitignore-style globs,
/// the last matching one winning (as in <c>.gitignore</c>), else the default (<c>internal</c>). Outflows admit a file
/// by it, as they admit an item by its own sensitivity.
/// </summary>
/// <example>
/// sensitivity:
///   default: internal
///   paths:
///     "secrets/**": secret
///     "docs/**": public
/// </example>
public sealed class PathSensitivity
{
    private static readonly string[] Keys = ["default", "paths"];
    private readonly IReadOnlyList<(PathGlob Glob, Sensitivity Sensitivity)> _rules;

    private PathSensitivity(Sensitivity fallback, IReadOnlyList<(PathGlob, Sensitivity)> rules)
    {
        Default = fallback;
        _rules = rules;
    }

    /// <summary>No <c>sensitivity:</c> section: every file is internal.</summary>
    public static PathSensitivity Unconfigured { get; } = new(Sensitivity.Internal, []);

    /// <summary>The sensitivity of a file no glob matches.</summary>
    public Sensitivity Default { get; }

    /// <summary>The globs in the order written, each with its sensitivity.</summary>
    public IEnumerable<(string Glob, Sensitivity Sensitivity)> Rules => _rules.Select(r => (r.Glob.Pattern, r.Sensitivity));

    /// <summary>The sensitivity of the file at <paramref name="path"/>, relative to the workspace root (either slash).</summary>
    public Sensitivity SensitivityOf(string path)
    {
        for (var i = _rules.Count - 1; i >= 0; i--)
        {
            if (_rules[i].Glob.IsMatch(path))
                return _rules[i].Sensitivity;
        }

        return Default;
    }

    internal static PathSensitivity Parse(YamlNode node, string source)
    {
        if (TargetSettings.IsEmpty(node))
            return Unconfigured;
        if (node is not YamlMappingNode mapping)
            throw TargetSettings.Error(source, node, "'sensitivity' must be a mapping with 'default' and 'paths', for example 'sensitivity: { paths: { \"secrets/**\": secret } }'");

        var fallback = Sensitivity.Internal;
        var rules = new List<(PathGlob, Sensitivity)>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            switch (TargetSettings.Scalar(keyNode, source, "a setting name"))
            {
                case "default":
                    fallback = TargetSettings.ParseSensitivity(TargetSettings.Scalar(value, source, "'sensitivity.default'"), value, source, "sensitivity.default");
                    break;
                case "paths":
                    rules.AddRange(ParsePaths(value, source));
                    break;
                case var other:
                    throw TargetSettings.Error(source, keyNode, $"unknown setting '{other}' under 'sensitivity'; use one of: {string.Join(", ", Keys)}");
            }
        }

        return new PathSensitivity(fallback, rules);
    }

    private static IEnumerable<(PathGlob, Sensitivity)> ParsePaths(YamlNode node, string source)
    {
        if (TargetSettings.IsEmpty(node))
            yield break;
        if (node is not YamlMappingNode paths)
            throw TargetSettings.Error(source, node, "'sensitivity.paths' must be a mapping of globs to sensitivities, for example '\"secrets/**\": secret'");
        foreach (var (globNode, value) in paths.Children)
        {
            var glob = TargetSettings.Scalar(globNode, source, "a path glob");
            if (glob.Trim().Length == 0)
                throw TargetSettings.Error(source, globNode, "an empty path glob matches nothing; write a glob such as 'secrets/**'");
            var sensitivity = TargetSettings.ParseSensitivity(TargetSettings.Scalar(value, source, $"the sensitivity of '{glob}'"), value, source, $"sensitivity.paths.\"{glob}\"");
            yield return (new PathGlob(glob), sensitivity);
        }
    }
}
