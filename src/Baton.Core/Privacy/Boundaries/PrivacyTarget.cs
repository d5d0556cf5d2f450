using Baton.Library;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// Where context goes when it leaves Baton, and what may reach it: items up to <see cref="Ceiling"/>, with secrets
/// and personal data treated by their operators. Built-in targets are in <see cref="PrivacyTargets"/>; a workspace
/// can redefine them or add its own in <c>baton.yaml</c>.
/// </summary>
public sealed record PrivacyTarget(string Name, Sensitivity Ceiling, OperatorKind Secrets, OperatorKind PersonalData, string Description)
{
    /// <summary>Whether something of this sensitivity may reach the target.</summary>
    public bool Admits(Sensitivity sensitivity) => sensitivity <= Ceiling;
}
