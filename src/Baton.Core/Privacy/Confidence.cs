namespace Baton.Privacy;

/// <summary>How sure a rule is that a finding is real, ordered so that a threshold is a comparison.</summary>
internal enum Confidence
{
    /// <summary>The shape matches but nothing else backs it (for example a bare number that passes Luhn).</summary>
    Low = 0,

    /// <summary>The shape matches and the context agrees (a secret-looking value assigned to a key named like a secret).</summary>
    Medium = 1,

    /// <summary>A documented prefix or structure, checked where the format allows (checksums, parsable headers).</summary>
    High = 2,
}
