using Baton.Privacy;
using Baton.Privacy.Boundaries;

namespace Baton.Packing;

/// <summary>The one place a pack gets its privacy boundary.</summary>
internal static class PackBoundaries
{
    public static PrivacyTarget Target(string name) =>
        PrivacyTargets.BuiltIn.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw BatonErrors.UnknownTarget(name, PrivacyTargets.BuiltIn.Select(t => t.Name));

    /// <summary>
    /// A boundary for one pack. Its operators live as long as the pack (pseudonyms and keyed hashes are stable within
    /// it, not across packs) until the workspace vault supplies lasting ones.
    /// </summary>
    public static PrivacyBoundary Create(PrivacyTarget target) =>
        new(target, PrivacyScanner.Default, BoundaryOperators.Ephemeral());
}
