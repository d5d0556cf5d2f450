using Baton.Library;
using Baton.Privacy.Operators;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// The one way out of Baton. Everything that leaves for a target (a pack, an MCP answer, an export) is first
/// admitted by sensitivity, then passed: scanned, every finding replaced by its target's operator, and the result
/// scanned again; if anything the target may not see is still there, the boundary fails closed instead of letting it
/// through. Only a boundary can make a <see cref="Cleared"/> text, and the writers of outflows take nothing else,
/// so there is no second path. One instance serves one outflow and may be used from several threads.
/// </summary>
internal sealed class PrivacyBoundary
{
    private readonly Lock _gate = new();
    private readonly PrivacyScanner _scanner;
    private readonly IValueOperator? _secrets;
    private readonly IValueOperator? _personalData;
    private readonly SortedDictionary<string, int> _findingsByRule = new(StringComparer.Ordinal);
    private readonly List<WithheldContent> _withheld = [];

    public PrivacyBoundary(PrivacyTarget target, PrivacyScanner scanner, BoundaryOperators operators)
    {
        Target = target;
        _scanner = scanner;
        _secrets = OperatorFor(target.Secrets, operators);
        _personalData = OperatorFor(target.PersonalData, operators);
    }

    public PrivacyTarget Target { get; }

    /// <summary>
    /// Whether content of this sensitivity may reach the target. Content that may not is recorded in the report by
    /// its <paramref name="reference"/> (an item id, a path), so nothing is left out silently.
    /// </summary>
    public bool Admit(string reference, Sensitivity sensitivity)
    {
        if (Target.Admits(sensitivity))
            return true;
        lock (_gate)
            _withheld.Add(new WithheldContent(reference, sensitivity));
        return false;
    }

    /// <summary>Passes a text through the target's operators; throws when the result would still carry what the target may not see.</summary>
    public Cleared Pass(string text, string? path = null) => Cleared.Through(this, text, path);

    private string Treat(string text, string? path)
    {
        var scan = _scanner.Scan(text, path);
        if (scan.Findings.Count == 0)
            return text;

        var treated = scan.Findings.Where(f => OperatorFor(f.Kind) is not null).ToList();
        string output;
        lock (_gate)
        {
            foreach (var finding in scan.Findings)
                _findingsByRule[finding.RuleId] = _findingsByRule.GetValueOrDefault(finding.RuleId) + 1;
            output = treated.Count == 0 ? text : Redactor.Apply(text, treated, new ByKind(this));
        }

        if (treated.Count > 0)
        {
            var leaks = _scanner.Scan(output, path).Findings.Where(f => OperatorFor(f.Kind) is not null).ToList();
            if (leaks.Count > 0)
                throw BatonErrors.BoundaryFailedClosed(Target.Name, path, leaks.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
        }

        return output;
    }

    public BoundaryReport Report()
    {
        lock (_gate)
            return new BoundaryReport(Target.Name, new SortedDictionary<string, int>(_findingsByRule, StringComparer.Ordinal), [.. _withheld]);
    }

    private IValueOperator? OperatorFor(FindingKind kind) => kind == FindingKind.Secret ? _secrets : _personalData;

    private static IValueOperator? OperatorFor(OperatorKind kind, BoundaryOperators operators) => kind switch
    {
        OperatorKind.Report => null,
        OperatorKind.Redact => RedactOperator.Instance,
        OperatorKind.Mask => MaskOperator.Instance,
        OperatorKind.Hash => operators.Hash,
        OperatorKind.Pseudonymise => operators.Pseudonyms,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// Text that has passed a boundary. Its only constructor is private and its only factory runs the boundary, so no
    /// code can hand an outflow writer text that did not pass one.
    /// </summary>
    public sealed class Cleared
    {
        private Cleared(string text) => Text = text;

        public string Text { get; }

        public override string ToString() => Text;

        internal static Cleared Through(PrivacyBoundary boundary, string text, string? path) => new(boundary.Treat(text, path));
    }

    private sealed class ByKind(PrivacyBoundary boundary) : IValueOperator
    {
        public string Replace(Finding finding, string value) => boundary.OperatorFor(finding.Kind)!.Replace(finding, value);
    }
}
