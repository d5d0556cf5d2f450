namespace Baton.Privacy.Boundaries;

/// <summary>
/// The targets a workspace can send to: the built-ins of <see cref="PrivacyTargets"/>, as redefined or extended
/// under <c>targets:</c> in <c>baton.yaml</c> (see <see cref="TargetSettings"/>).
/// </summary>
public sealed class PrivacyTargetSet
{
    private readonly Dictionary<string, PrivacyTarget> _byName;
    private readonly HashSet<string> _configured;

    internal PrivacyTargetSet(IEnumerable<PrivacyTarget> targets, IEnumerable<string> configured)
    {
        _byName = targets.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _configured = new HashSet<string>(configured, StringComparer.Ordinal);
        All = [.. _byName.Values.OrderBy(t => !IsBuiltIn(t.Name)).ThenBy(t => t.Name, StringComparer.Ordinal)];
    }

    public static PrivacyTargetSet BuiltIn { get; } = new(PrivacyTargets.BuiltIn, []);

    /// <summary>Built-ins first, then the workspace's own, each group by name.</summary>
    public IReadOnlyList<PrivacyTarget> All { get; }

    /// <summary>The target named <paramref name="name"/>, or <c>external-ai</c> when none is given.</summary>
    public PrivacyTarget Get(string? name) =>
        _byName.TryGetValue(name ?? PrivacyTargets.DefaultName, out var target)
            ? target
            : throw BatonErrors.UnknownTarget(name!, _byName.Keys.Order(StringComparer.Ordinal));

    public static bool IsBuiltIn(string name) => PrivacyTargets.BuiltIn.Any(t => t.Name == name);

    /// <summary>Where a target's settings come from: <c>built-in</c>, <c>overridden</c> (a built-in changed in baton.yaml) or <c>baton.yaml</c>.</summary>
    public string Origin(string name) => (IsBuiltIn(name), _configured.Contains(name)) switch
    {
        (true, false) => "built-in",
        (true, true) => "overridden",
        _ => "baton.yaml",
    };
}
