using Baton.Library;
using Baton.Privacy.Boundaries;

namespace Baton.Cli.Json;

/// <summary>What a boundary did on an outflow (<c>prompt render</c>, <c>export</c>): the target, each rule treated, and what was withheld. Never a value.</summary>
internal sealed record PrivacyReportJson(string Target, IReadOnlyList<RuleTreatmentJson> Rules, IReadOnlyList<WithheldJson> Withheld)
{
    public static PrivacyReportJson From(BoundaryReport report) => new(
        report.Target,
        [.. report.Rules.Select(r => new RuleTreatmentJson(r.Rule, r.Kind, r.Count, r.Action))],
        [.. report.Withheld.Select(w => new WithheldJson(w.Reference, w.Sensitivity.Name()))]);
}

/// <summary>An item left out as above the target's ceiling: its id and sensitivity.</summary>
internal sealed record WithheldJson(string Id, string Sensitivity);
