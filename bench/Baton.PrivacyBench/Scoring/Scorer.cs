using Baton.PrivacyBench.Corpus;

namespace Baton.PrivacyBench.Scoring;

/// <summary>
/// Matches a scanner's reports to the labels. A label is found when a report overlaps it; per rule, the report must
/// also carry the label's rule (for Baton; secretlint's rules are named differently, so for it a rule's recall
/// counts any overlapping report). A report that overlaps no label is a false positive, charged to the report's rule.
/// </summary>
internal static class Scorer
{
    public static (Dictionary<string, RuleScore> PerRule, RuleScore Overall) Score(
        IReadOnlyList<Label> labels, IReadOnlyList<Detection> detections, bool sameRuleNames)
    {
        var perRule = new Dictionary<string, RuleScore>(StringComparer.Ordinal);
        var overall = new RuleScore();
        var byFile = detections.GroupBy(d => d.File).ToDictionary(g => g.Key, g => g.ToList());
        RuleScore For(string rule) => perRule.TryGetValue(rule, out var s) ? s : perRule[rule] = new RuleScore();

        foreach (var label in labels)
        {
            var score = For(label.Rule);
            score.Labels++;
            overall.Labels++;
            var overlapping = byFile.GetValueOrDefault(label.File, [])
                .Where(d => d.Start < label.Start + label.Length && label.Start < d.End).ToList();
            if (overlapping.Count > 0)
                overall.Found++;
            var matching = sameRuleNames ? overlapping.Where(d => d.Rule == label.Rule).ToList() : overlapping;
            if (matching.Count > 0)
            {
                score.Found++;
                if (matching.Exists(d => d.Start == label.Start && d.End == label.Start + label.Length))
                {
                    score.ExactSpan++;
                    overall.ExactSpan++;
                }
            }
        }

        var labelsByFile = labels.GroupBy(l => l.File).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var detection in detections)
        {
            var hits = labelsByFile.GetValueOrDefault(detection.File, [])
                .Where(l => detection.Start < l.Start + l.Length && l.Start < detection.End).ToList();
            var ruleScore = For(detection.Rule);
            if (hits.Count == 0)
            {
                ruleScore.FalsePositives++;
                overall.FalsePositives++;
                continue;
            }

            overall.TruePositives++;
            if (!sameRuleNames || hits.Exists(l => l.Rule == detection.Rule))
                ruleScore.TruePositives++;
            else
                ruleScore.FalsePositives++;
        }

        return (perRule, overall);
    }
}
