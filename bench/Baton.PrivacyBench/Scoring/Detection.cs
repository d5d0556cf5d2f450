namespace Baton.PrivacyBench.Scoring;

/// <summary>One span a scanner reported in a corpus file, under the scanner's own rule name.</summary>
internal sealed record Detection(string File, string Rule, int Start, int End);
