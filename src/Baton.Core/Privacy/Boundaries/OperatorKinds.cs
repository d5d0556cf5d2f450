namespace Baton.Privacy.Boundaries;

/// <summary>The names of <see cref="OperatorKind"/> as written in <c>baton.yaml</c> and printed by <c>baton targets</c>.</summary>
public static class OperatorKinds
{
    public static IReadOnlyList<string> Names { get; } = ["redact", "mask", "hash", "pseudonymise", "report"];

    public static string Name(this OperatorKind kind) => kind switch
    {
        OperatorKind.Report => "report",
        OperatorKind.Redact => "redact",
        OperatorKind.Mask => "mask",
        OperatorKind.Hash => "hash",
        OperatorKind.Pseudonymise => "pseudonymise",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string value, out OperatorKind kind)
    {
        kind = value switch
        {
            "report" => OperatorKind.Report,
            "redact" => OperatorKind.Redact,
            "mask" => OperatorKind.Mask,
            "hash" => OperatorKind.Hash,
            "pseudonymise" or "pseudonymize" => OperatorKind.Pseudonymise,
            _ => (OperatorKind)(-1),
        };
        return Enum.IsDefined(kind);
    }
}
