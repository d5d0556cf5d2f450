using System.Globalization;
using Baton.Library;
using YamlDotNet.RepresentationModel;

namespace Baton.Handoffs;

/// <summary>
/// The handoff part of baton.yaml: <c>roles:</c> (who may approve as what) and <c>handoffs:</c> with
/// user-defined <c>templates:</c> and review <c>policies:</c>. Read by <see cref="Workspaces.WorkspaceConfig"/>;
/// every mistake is reported with its line and column.
/// </summary>
public sealed record HandoffSettings
{
    public static HandoffSettings Default { get; } = new();

    /// <summary>Role name → the people in it (full identities, names or emails).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Built-in templates, then baton.yaml's (which replace a built-in of the same name).</summary>
    public IReadOnlyList<HandoffTemplate> Templates { get; init; } = HandoffTemplates.BuiltIn;

    public IReadOnlyList<ReviewPolicy> Policies { get; init; } = [];

    public HandoffTemplate Template(string name) =>
        Templates.FirstOrDefault(t => t.Name == name.Trim()) ?? throw BatonErrors.UnknownTemplate(name, Templates.Select(t => t.Name));

    /// <summary>The roles <paramref name="identity"/> belongs to.</summary>
    public IReadOnlyList<string> RolesOf(string identity) =>
        [.. Roles.Where(r => r.Value.Any(member => Identities.Same(member, identity))).Select(r => r.Key)];

    public bool IsRole(string name) => Roles.ContainsKey(name);

    public static HandoffSettings Parse(YamlMappingNode root, string source)
    {
        var settings = Default;
        if (Child(root, "roles") is { } roles)
            settings = settings with { Roles = ParseRoles(Mapping(roles, "roles", source), source) };
        if (Child(root, "handoffs") is { } handoffsNode)
        {
            var handoffs = Mapping(handoffsNode, "handoffs", source);
            foreach (var key in handoffs.Children.Keys)
            {
                if (key is not YamlScalarNode { Value: "templates" or "policies" })
                    throw BatonErrors.InvalidYaml(source, key.Start.Line, key.Start.Column, $"unknown key '{key}' under 'handoffs'; use templates or policies");
            }

            if (Child(handoffs, "templates") is { } templates)
                settings = settings with { Templates = ParseTemplates(Mapping(templates, "handoffs.templates", source), source) };
            if (Child(handoffs, "policies") is { } policies)
                settings = settings with { Policies = ParsePolicies(policies, settings.Roles, source) };
        }

        return settings;
    }

    private static Dictionary<string, IReadOnlyList<string>> ParseRoles(YamlMappingNode node, string source)
    {
        var roles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Children)
        {
            var role = Name(key, "a role name", source);
            roles[role] = Strings(value, $"roles.{role}", source);
        }

        return roles;
    }

    private static List<HandoffTemplate> ParseTemplates(YamlMappingNode node, string source)
    {
        var templates = HandoffTemplates.BuiltIn.ToList();
        foreach (var (key, value) in node.Children)
        {
            var name = Name(key, "a template name", source);
            var path = $"handoffs.templates.{name}";
            var body = Mapping(value, path, source);
            string description = "", to = "";
            IReadOnlyList<string> required = [];
            var pack = new PackSelection();
            foreach (var (fieldKey, fieldValue) in body.Children)
            {
                switch (fieldKey.ToString())
                {
                    case "description": description = Scalar(fieldValue, $"{path}.description", source); break;
                    case "to": to = Scalar(fieldValue, $"{path}.to", source); break;
                    case "required": required = RequiredFields(fieldValue, path, source); break;
                    case "pack": pack = ParsePack(Mapping(fieldValue, $"{path}.pack", source), $"{path}.pack", source); break;
                    default:
                        throw BatonErrors.InvalidYaml(source, fieldKey.Start.Line, fieldKey.Start.Column, $"unknown key '{fieldKey}' in template '{name}'; use description, to, required or pack");
                }
            }

            templates.RemoveAll(t => t.Name == name);
            templates.Add(new HandoffTemplate(name, description, required, pack, to.Length == 0 ? null : to));
        }

        return templates;
    }

    private static List<string> RequiredFields(YamlNode node, string path, string source)
    {
        var fields = Strings(node, $"{path}.required", source);
        var items = ((YamlSequenceNode)node).Children;
        for (var i = 0; i < fields.Count; i++)
        {
            if (!HandoffFields.IsKnown(fields[i]))
                throw BatonErrors.InvalidYaml(source, items[i].Start.Line, items[i].Start.Column, $"'{fields[i]}' is not a handoff field; use one of: {string.Join(", ", HandoffFields.All)}");
        }

        return fields;
    }

    private static PackSelection ParsePack(YamlMappingNode node, string path, string source)
    {
        var pack = new PackSelection();
        foreach (var (key, value) in node.Children)
        {
            pack = key.ToString() switch
            {
                "paths" => pack with { Paths = Strings(value, $"{path}.paths", source) },
                "diff" => pack with { Diff = Scalar(value, $"{path}.diff", source) },
                "target" => pack with { Target = Scalar(value, $"{path}.target", source) },
                "budget" => pack with { Budget = PositiveNumber(value, $"{path}.budget", source) },
                "style" => pack with { Style = Scalar(value, $"{path}.style", source) is var s && s is "markdown" or "xml" or "json" ? s
                    : throw BatonErrors.InvalidYaml(source, value.Start.Line, value.Start.Column, $"'{path}.style' must be markdown, xml or json") },
                _ => throw BatonErrors.InvalidYaml(source, key.Start.Line, key.Start.Column, $"unknown key '{key}' in '{path}'; use paths, diff, target, budget or style"),
            };
        }

        return pack;
    }

    private static List<ReviewPolicy> ParsePolicies(YamlNode node, IReadOnlyDictionary<string, IReadOnlyList<string>> roles, string source)
    {
        if (node is not YamlSequenceNode sequence)
            throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, "'handoffs.policies' must be a list of policies (- before: open ...)");
        var policies = new List<ReviewPolicy>();
        foreach (var entry in sequence.Children)
        {
            var path = $"handoffs.policies[{policies.Count}]";
            var body = Mapping(entry, path, source);
            string? name = null;
            HandoffState? before = null;
            var when = new PolicyCondition();
            var require = new List<RoleRequirement>();
            foreach (var (key, value) in body.Children)
            {
                switch (key.ToString())
                {
                    case "name": name = Scalar(value, $"{path}.name", source); break;
                    case "before": before = Before(value, $"{path}.before", source); break;
                    case "when": when = ParseCondition(Mapping(value, $"{path}.when", source), $"{path}.when", source); break;
                    case "require":
                        foreach (var (roleKey, countNode) in Mapping(value, $"{path}.require", source).Children)
                        {
                            var role = roleKey.ToString();
                            if (!roles.ContainsKey(role))
                                throw BatonErrors.InvalidYaml(source, roleKey.Start.Line, roleKey.Start.Column, $"'{path}.require' names the role '{role}', which 'roles:' does not define ({(roles.Count == 0 ? "no roles are defined" : "roles: " + string.Join(", ", roles.Keys))})");
                            require.Add(new RoleRequirement(role, PositiveNumber(countNode, $"{path}.require.{role}", source)));
                        }

                        break;
                    default:
                        throw BatonErrors.InvalidYaml(source, key.Start.Line, key.Start.Column, $"unknown key '{key}' in a review policy; use name, before, when or require");
                }
            }

            if (before is null || require.Count == 0)
                throw BatonErrors.InvalidYaml(source, entry.Start.Line, entry.Start.Column, "a review policy needs 'before' (the state it guards, e.g. open or done) and 'require' (role: count)");
            policies.Add(new ReviewPolicy(name ?? $"before {before.Value.Name()}", before.Value, when, require));
        }

        return policies;
    }

    private static HandoffState Before(YamlNode node, string path, string source)
    {
        var value = Scalar(node, path, source);
        if (HandoffTransitions.All.FirstOrDefault(t => t.Verb == value) is { } transition)
            return transition.To;
        return HandoffStates.TryParse(value, out var state) && state != HandoffState.Draft
            ? state
            : throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, $"'{path}' is '{value}'; give a state a handoff enters ({string.Join(", ", HandoffStates.All.Skip(1))}) or a verb ({string.Join(", ", HandoffTransitions.Verbs)})");
    }

    private static PolicyCondition ParseCondition(YamlMappingNode node, string path, string source)
    {
        var condition = new PolicyCondition();
        foreach (var (key, value) in node.Children)
        {
            var text = Scalar(value, $"{path}.{key}", source);
            condition = key.ToString() switch
            {
                "author" => condition with { Author = text is "human" or "ai" or "automation" ? ActorKinds.Parse(text)
                    : throw BatonErrors.InvalidYaml(source, value.Start.Line, value.Start.Column, $"'{path}.author' must be human, ai or automation") },
                "template" => condition with { Template = text },
                "to" => condition with { To = text },
                "label" => condition with { Label = text },
                _ => throw BatonErrors.InvalidYaml(source, key.Start.Line, key.Start.Column, $"unknown condition '{key}'; use author, template, to or label"),
            };
        }

        return condition;
    }

    /// <summary>The value under <paramref name="key"/>; null when missing or left empty (<c>roles:</c> with nothing after it).</summary>
    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is not YamlScalarNode { Value: null or "" } ? value : null;

    private static YamlMappingNode Mapping(YamlNode node, string path, string source) =>
        node as YamlMappingNode ?? throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, $"'{path}' must be a mapping (key: value)");

    private static string Scalar(YamlNode node, string path, string source) =>
        node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0
            ? value.Trim()
            : throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, $"'{path}' must be a single non-empty value");

    private static List<string> Strings(YamlNode node, string path, string source)
    {
        if (node is not YamlSequenceNode sequence)
            throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, $"'{path}' must be a list, for example [alice, bob]");
        return [.. sequence.Children.Select(child => Scalar(child, path, source))];
    }

    private static int PositiveNumber(YamlNode node, string path, string source) =>
        node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, $"'{path}' must be a whole number of at least 1");

    private static string Name(YamlNode key, string what, string source)
    {
        var name = key is YamlScalarNode { Value: { } v } ? v.Trim() : "";
        return name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.')
            ? name
            : throw BatonErrors.InvalidYaml(source, key.Start.Line, key.Start.Column, $"'{key}' is not {what}; use 1–64 lower-case letters, digits and - _ .");
    }
}
