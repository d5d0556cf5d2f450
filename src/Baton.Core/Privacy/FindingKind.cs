namespace Baton.Privacy;

/// <summary>What a finding is; a boundary treats the two differently (secrets are redacted, personal data may be pseudonymised).</summary>
internal enum FindingKind
{
    Secret,
    PersonalData,
}
