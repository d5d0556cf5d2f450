namespace Baton.Bench.Reporting;

/// <summary>Nearest-rank percentiles of a sample: p99 of 100 values is the 99th smallest, never an interpolation.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percentile)
    {
        if (sorted.Count == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>
    /// The percentile of several samples pooled with equal weight per sample: a query timed 5 times counts as
    /// much as one timed 100 times, so the overall figure is not pulled towards whichever queries were cheap
    /// enough to run often.
    /// </summary>
    public static double OfPooled(IEnumerable<IReadOnlyList<double>> samples, double percentile)
    {
        var groups = samples.Where(s => s.Count > 0).ToList();
        if (groups.Count == 0)
            return double.NaN;
        var weighted = groups.SelectMany(g => g.Select(v => (Value: v, Weight: 1.0 / g.Count / groups.Count))).OrderBy(x => x.Value).ToList();
        var target = percentile / 100.0;
        var cumulative = 0.0;
        foreach (var (value, weight) in weighted)
        {
            cumulative += weight;
            if (cumulative >= target - 1e-12)
                return value;
        }

        return weighted[^1].Value;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return double.NaN;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
