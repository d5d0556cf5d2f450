namespace Baton.Privacy.Operators;

/// <summary>Replaces a value by <c>[REDACTED:rule-id]</c>: the reader learns what kind of value was there, nothing more.</summary>
internal sealed class RedactOperator : IValueOperator
{
    public static readonly RedactOperator Instance = new();

    public string Replace(Finding finding, string value) => $"[REDACTED:{finding.RuleId}]";
}
