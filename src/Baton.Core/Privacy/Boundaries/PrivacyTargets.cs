using Baton.Library;

namespace Baton.Privacy.Boundaries;

/// <summary>The built-in targets. Every outflow names one; <c>external-ai</c> is the default.</summary>
public static class PrivacyTargets
{
    public const string DefaultName = "external-ai";

    public static PrivacyTarget ExternalAi { get; } = new(
        "external-ai", Sensitivity.Internal, OperatorKind.Redact, OperatorKind.Pseudonymise,
        "an AI tool outside the organisation: up to internal; secrets redacted, personal data pseudonymised");

    public static PrivacyTarget Team { get; } = new(
        "team", Sensitivity.Confidential, OperatorKind.Redact, OperatorKind.Report,
        "people on the team: up to confidential; secrets redacted");

    public static PrivacyTarget Local { get; } = new(
        "local", Sensitivity.Secret, OperatorKind.Report, OperatorKind.Report,
        "this machine: everything; secrets still reported");

    public static IReadOnlyList<PrivacyTarget> BuiltIn { get; } = [ExternalAi, Team, Local];
}
