using Baton.Library;
using YamlDotNet.RepresentationModel;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// Reads the <c>targets:</c> section of <c>baton.yaml</c>. Each key names a target; a built-in named again keeps
/// what is not set, and a new target starts from <c>external-ai</c>'s settings (the strictest built-in), so a
/// forgotten line never lets more out. Anything not understood is an error at its line and column.
/// </summary>
/// <example>
/// targets:
///   team:
///     personal_data: mask
///   vendor-support:
///     ceiling: public
///     secrets: redact
///     personal_data: pseudonymise
///     description: the vendor's support engineers
/// </example>
internal static class TargetSettings
{
    public const int MaxNameLength = 40;
    private static readonly string[] Keys = ["ceiling", "secrets", "personal_data", "description"];

    public static PrivacyTargetSet Parse(YamlNode node, string source)
    {
        if (IsEmpty(node))
            return PrivacyTargetSet.BuiltIn;
        if (node is not YamlMappingNode mapping)
            throw Error(source, node, "'targets' must be a mapping of target names to their settings, for example 'targets: { vendor: { ceiling: public } }'");

        var targets = PrivacyTargets.BuiltIn.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var configured = new List<string>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = Scalar(keyNode, source, "a target name");
            if (!IsValidName(name))
                throw Error(source, keyNode, $"'{name}' is not a usable target name; use lower-case letters, digits and dashes, starting with a letter, at most {MaxNameLength} characters");
            var start = targets.GetValueOrDefault(name) ?? PrivacyTargets.ExternalAi with { Name = name, Description = "" };
            targets[name] = ParseTarget(start, value, source);
            configured.Add(name);
        }

        return new PrivacyTargetSet(targets.Values, configured);
    }

    private static PrivacyTarget ParseTarget(PrivacyTarget target, YamlNode node, string source)
    {
        if (IsEmpty(node))
            return target;
        if (node is not YamlMappingNode settings)
            throw Error(source, node, $"target '{target.Name}' must be a mapping of settings ({string.Join(", ", Keys)})");

        foreach (var (keyNode, valueNode) in settings.Children)
        {
            var key = Scalar(keyNode, source, "a setting name");
            var value = Scalar(valueNode, source, $"'{key}'");
            target = key switch
            {
                "ceiling" => target with { Ceiling = ParseSensitivity(value, valueNode, source, $"targets.{target.Name}.ceiling") },
                "secrets" => target with { Secrets = ParseOperator(value, valueNode, source, $"targets.{target.Name}.secrets") },
                "personal_data" => target with { PersonalData = ParseOperator(value, valueNode, source, $"targets.{target.Name}.personal_data") },
                "description" => target with { Description = value },
                _ => throw Error(source, keyNode, $"unknown setting '{key}' in target '{target.Name}'; use one of: {string.Join(", ", Keys)}"),
            };
        }

        return target;
    }

    internal static Sensitivity ParseSensitivity(string value, YamlNode node, string source, string field) => value switch
    {
        "public" => Sensitivity.Public,
        "internal" => Sensitivity.Internal,
        "confidential" => Sensitivity.Confidential,
        "secret" => Sensitivity.Secret,
        _ => throw Error(source, node, $"'{field}' is '{value}'; use one of: public, internal, confidential, secret"),
    };

    private static OperatorKind ParseOperator(string value, YamlNode node, string source, string field) =>
        OperatorKinds.TryParse(value, out var kind)
            ? kind
            : throw Error(source, node, $"'{field}' is '{value}'; use one of: {string.Join(", ", OperatorKinds.Names)}");

    internal static string Scalar(YamlNode node, string source, string what) =>
        node is YamlScalarNode { Value: { } value }
            ? value
            : throw Error(source, node, $"{what} must be a single value, not a list or a mapping");

    internal static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" } scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain;

    internal static BatonException Error(string source, YamlNode node, string problem) =>
        BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, problem);

    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= MaxNameLength
        && char.IsAsciiLetterLower(name[0])
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !name.EndsWith('-');
}
