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
    private readonly Dictionary<string, FindingKind> _kindByRule = new(StringComparer.Ordinal);
    private int _texts;

    public PrivacyBoundary(PrivacyTarget target, PrivacyScanner scanner, BoundaryOperators operators)
    {
        Target = target;
        _scanner = scanner;
        _secrets = OperatorFor(target.Secrets, operators);
        _personalData = OperatorFor(target.PersonalData, operators);
    }

    public PrivacyTarget Target { get; }

    /// <summary>The sensitivity of files by path (<c>sensitivity:</c> in baton.yaml), for <see cref="AdmitFile"/>.</summary>
    public PathSensitivity Files { get; init; } = PathSensitivity.Unconfigured;

    /// <summary>Texts this boundary's scanner passed clean before, which it does not scan again; none when null.</summary>
    public ScanMemory? Memory
    {
        get;
        init => field = value is null || value.Scanner == _scanner.Fingerprint
            ? value
            : throw new ArgumentException("the scan memory belongs to another scanner", nameof(Memory));
    }

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

    /// <summary>Whether the file at <paramref name="path"/> (relative to the workspace root) may reach the target, by its sensitivity in <see cref="Files"/>.</summary>
    public bool AdmitFile(string path) => Admit(path, Files.SensitivityOf(path));

    /// <summary>Passes a text through the target's operators; throws when the result would still carry what the target may not see.</summary>
    public Cleared Pass(string text, string? path = null) => Pass(Inspect(text, path));

    /// <summary>
    /// The first half of <see cref="Pass(string, string?)"/>: scans the text and changes nothing, so it may run on any
    /// thread in any order. Scanning is nearly all of a pass's cost; a caller that needs texts passed in a fixed order
    /// (pseudonyms are numbered as they are first seen) inspects them in parallel and passes the inspections in order.
    /// </summary>
    public Inspection Inspect(string text, string? path = null) => Inspection.Of(this, text, path);

    /// <summary>Passes a text this boundary inspected: replaces what the scan found and scans the result again.</summary>
    public Cleared Pass(Inspection inspection)
    {
        if (inspection.Boundary != this)
            throw new ArgumentException("the text was inspected by another boundary", nameof(inspection));
        return Cleared.Through(this, inspection);
    }

    /// <summary>The text as it may leave, and its SHA-256 when the scan memory computed it.</summary>
    private (string Text, string? Sha256) Treat(Inspection inspection)
    {
        var (text, path, scan) = (inspection.Text, inspection.Path, inspection.Scan);
        Interlocked.Increment(ref _texts);
        if (scan.Findings.Count == 0)
            return (text, inspection.TextHash);

        var treated = scan.Findings.Where(f => OperatorFor(f.Kind) is not null).ToList();
        string output;
        lock (_gate)
        {
            foreach (var finding in scan.Findings)
            {
                _findingsByRule[finding.RuleId] = _findingsByRule.GetValueOrDefault(finding.RuleId) + 1;
                _kindByRule[finding.RuleId] = finding.Kind;
            }

            foreach (var group in treated.GroupBy(f => OperatorFor(f.Kind)))
            {
                if (group.Key is IBatchedValueOperator batched)
                    batched.Prepare([.. group.Select(f => (f, text.Substring((int)f.Offset, f.Length)))]);
            }

            output = treated.Count == 0 ? text : Redactor.Apply(text, treated, new ByKind(this));
        }

        if (treated.Count == 0)
            return (text, inspection.TextHash);
        return (output, Rescan(output, path));
    }

    /// <summary>
    /// Scans a treated text again and throws if anything the target may not see is left: the boundary fails closed. A
    /// treated text the scan memory knows clean (the same file, the same placeholders as last time) is not scanned again.
    /// </summary>
    private string? Rescan(string output, string? path)
    {
        var hash = Memory is null ? null : TextHash.Sha256(output);
        if (hash is not null && Memory!.Knows(hash))
            return hash;
        var findings = _scanner.Scan(output, path).Findings;
        var leaks = findings.Where(f => OperatorFor(f.Kind) is not null).ToList();
        if (leaks.Count > 0)
            throw BatonErrors.BoundaryFailedClosed(Target.Name, path, leaks.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
        if (hash is not null && findings.Count == 0)
            Memory!.Learn(hash);
        return hash;
    }

    private ScanResult Scan(string text, string? path, string? hash)
    {
        if (Memory is null || hash is null)
            return _scanner.Scan(text, path);
        if (Memory.Recall(hash))
            return ScanResult.Remembered(text.Length);
        var scan = _scanner.Scan(text, path);
        if (scan.Findings.Count == 0 && !scan.WasSkipped)
            Memory.Learn(hash);
        return scan;
    }

    public BoundaryReport Report()
    {
        lock (_gate)
        {
            return new BoundaryReport(Target.Name, new SortedDictionary<string, int>(_findingsByRule, StringComparer.Ordinal), [.. _withheld])
            {
                Texts = Volatile.Read(ref _texts),
                Rules = [.. _findingsByRule.Select(r => Treatment(r.Key, r.Value))],
            };
        }
    }

    private RuleTreatment Treatment(string rule, int count)
    {
        var kind = _kindByRule[rule];
        var action = kind == FindingKind.Secret ? Target.Secrets : Target.PersonalData;
        return new RuleTreatment(rule, kind == FindingKind.Secret ? "secret" : "personal-data", count, action.Name());
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
        private string? _sha256;

        private Cleared(string text, string? sha256) => (Text, _sha256) = (text, sha256);

        public string Text { get; }

        /// <summary>SHA-256 of the text (UTF-16), hex: taken from the scan memory when it hashed the same text, else computed once.</summary>
        public string Sha256 => _sha256 ??= TextHash.Sha256(Text);

        public override string ToString() => Text;

        internal static Cleared Through(PrivacyBoundary boundary, Inspection inspection)
        {
            var (text, sha256) = boundary.Treat(inspection);
            return new(text, sha256);
        }
    }

    /// <summary>
    /// A text and what its boundary's scan found in it. Like <see cref="Cleared"/>, its constructor is private and its
    /// only factory runs the scan, so no code can pass a text with a list of findings that the scan did not make.
    /// </summary>
    public sealed class Inspection
    {
        private Inspection(PrivacyBoundary boundary, string text, string? path, ScanResult scan, string? textHash) =>
            (Boundary, Text, Path, Scan, TextHash) = (boundary, text, path, scan, textHash);

        internal PrivacyBoundary Boundary { get; }

        internal string Text { get; }

        internal string? Path { get; }

        internal ScanResult Scan { get; }

        /// <summary>The text's SHA-256 when the scan memory computed it.</summary>
        internal string? TextHash { get; }

        internal static Inspection Of(PrivacyBoundary boundary, string text, string? path)
        {
            var hash = boundary.Memory is null ? null : Baton.TextHash.Sha256(text);
            return new(boundary, text, path, boundary.Scan(text, path, hash), hash);
        }
    }

    private sealed class ByKind(PrivacyBoundary boundary) : IValueOperator
    {
        public string Replace(Finding finding, string value) => boundary.OperatorFor(finding.Kind)!.Replace(finding, value);
    }
}
