using Baton.Handoffs;
using Baton.Privacy.Boundaries;
using Baton.Yaml;
using YamlDotNet.RepresentationModel;

namespace Baton.Workspaces;

/// <summary>
/// The settings of <c>.baton/baton.yaml</c>. Unknown keys are kept for the capabilities that read them
/// (targets, roles, review policies); a malformed file is an error with its line and column.
/// </summary>
public sealed record WorkspaceConfig
{
    public const long DefaultMaxBodyBytes = 16L << 20;

    /// <summary>The <c>privacy:</c> section (allow-list and baseline for scans).</summary>
    public Privacy.PrivacySettings Privacy { get; init; } = Baton.Privacy.PrivacySettings.Default;

    /// <summary>The largest item body accepted, in UTF-8 bytes.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>Where content may go and what crosses (<c>targets:</c>): the built-ins, redefined or extended.</summary>
    public PrivacyTargetSet Targets { get; init; } = PrivacyTargetSet.BuiltIn;

    /// <summary>The sensitivity of files by path (<c>sensitivity:</c>), by which outflows admit files.</summary>
    public PathSensitivity FileSensitivity { get; init; } = PathSensitivity.Unconfigured;

    /// <summary>Roles, handoff templates and review policies (<c>roles:</c>, <c>handoffs:</c>).</summary>
    public HandoffSettings Handoffs { get; init; } = HandoffSettings.Default;

    public static WorkspaceConfig Default { get; } = new();

    public const string Template = """
        # Baton workspace settings. See docs/configuration.md.
        version: 1

        limits:
          # Largest item body accepted, in bytes (16 MiB). Larger content belongs in git; snippet the lines that matter.
          max_body_bytes: 16777216

        # Where context may go (docs/privacy.md). Built-ins: external-ai, team, local; redefine them or add your own.
        # targets:
        #   vendor-support:
        #     ceiling: public              # public | internal | confidential | secret
        #     secrets: redact              # redact | mask | hash | pseudonymise | report
        #     personal_data: pseudonymise
        #     description: the vendor's support engineers
        # sensitivity:                     # of files, for packs; the last matching glob wins
        #   default: internal
        #   paths:
        #     "secrets/**": secret
        #     "docs/**": public
        """;

    public static WorkspaceConfig Load(string path)
    {
        if (!File.Exists(path))
            return Default;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw BatonErrors.CannotRead(path, e);
        }

        return Parse(text, path);
    }

    public static WorkspaceConfig Parse(string text, string source)
    {
        var stream = YamlLoader.Load(text, source);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return Default;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw BatonErrors.InvalidYaml(source, stream.Documents[0].RootNode.Start.Line, stream.Documents[0].RootNode.Start.Column, "the file must be a mapping of settings (key: value)");

        var config = Default with { Handoffs = HandoffSettings.Parse(root, source) };
        if (root.Children.TryGetValue(new YamlScalarNode("limits"), out var limitsNode))
        {
            if (limitsNode is not YamlMappingNode limits)
                throw BatonErrors.InvalidYaml(source, limitsNode.Start.Line, limitsNode.Start.Column, "'limits' must be a mapping");
            if (limits.Children.TryGetValue(new YamlScalarNode("max_body_bytes"), out var max))
            {
                if (max is not YamlScalarNode { Value: { } value } || !long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes) || bytes < 1)
                    throw BatonErrors.InvalidYaml(source, max.Start.Line, max.Start.Column, "'limits.max_body_bytes' must be a positive whole number of bytes");
                config = config with { MaxBodyBytes = bytes };
            }
        }
        if (root.Children.TryGetValue(new YamlScalarNode("privacy"), out var privacy))
            config = config with { Privacy = Baton.Privacy.PrivacySettings.Parse(privacy, source) };

        if (root.Children.TryGetValue(new YamlScalarNode("targets"), out var targets))
            config = config with { Targets = TargetSettings.Parse(targets, source) };
        if (root.Children.TryGetValue(new YamlScalarNode("sensitivity"), out var sensitivity))
            config = config with { FileSensitivity = PathSensitivity.Parse(sensitivity, source) };
        return config;
    }
}
