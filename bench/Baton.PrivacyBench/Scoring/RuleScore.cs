namespace Baton.PrivacyBench.Scoring;

/// <summary>Counts for one rule (or for all): labels found and missed, reports that matched no label.</summary>
internal sealed class RuleScore
{
    public int Labels { get; set; }

    public int Found { get; set; }

    public int ExactSpan { get; set; }

    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public double Recall => Labels == 0 ? double.NaN : (double)Found / Labels;

    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);
}
