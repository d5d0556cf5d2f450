namespace Baton.Privacy.Boundaries;

/// <summary>What a target does with a finding's value on its way out.</summary>
public enum OperatorKind
{
    /// <summary>Leave the value in place and count it in the report (the <c>local</c> target's secrets).</summary>
    Report,

    /// <summary><c>[REDACTED:rule-id]</c>.</summary>
    Redact,

    /// <summary>Stars for letters and digits, the last four shown on long values.</summary>
    Mask,

    /// <summary><c>[HASH:rule-id:hex]</c>, an HMAC under the workspace's key.</summary>
    Hash,

    /// <summary><c>&lt;EMAIL_3&gt;</c>: the same value gets the same placeholder; the owner can restore it.</summary>
    Pseudonymise,
}
