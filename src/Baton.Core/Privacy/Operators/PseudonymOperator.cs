using System.Globalization;

namespace Baton.Privacy.Operators;

/// <summary>
/// Replaces each distinct value by a placeholder numbered per kind in order of first appearance: <c>&lt;EMAIL_1&gt;</c>,
/// <c>&lt;PHONE_NUMBER_2&gt;</c>. The same value always gets the same placeholder for as long as this table lives (one
/// workspace), so a model can still tell that two mentions are the same person. The table is the only way back to
/// the values; it is to be kept in the owner's vault, never sent along.
/// </summary>
internal sealed class PseudonymOperator : IValueOperator
{
    private readonly Dictionary<(string Rule, string Value), string> _placeholders = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string Replace(Finding finding, string value)
    {
        if (_placeholders.TryGetValue((finding.RuleId, value), out var known))
            return known;
        var label = finding.RuleId.ToUpperInvariant().Replace('-', '_');
        var number = _counts[label] = _counts.GetValueOrDefault(label) + 1;
        var placeholder = $"<{label}_{number.ToString(CultureInfo.InvariantCulture)}>";
        _placeholders[(finding.RuleId, value)] = placeholder;
        _values[placeholder] = value;
        return placeholder;
    }

    /// <summary>The value a placeholder stands for, to restore an answer for the owner.</summary>
    public bool TryResolve(string placeholder, out string value) => _values.TryGetValue(placeholder, out value!);
}
