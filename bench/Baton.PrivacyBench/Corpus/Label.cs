namespace Baton.PrivacyBench.Corpus;

/// <summary>One planted value: the file, the rule that should find it, and where it is (characters; the corpus is ASCII, so bytes too).</summary>
internal sealed record Label(string File, string Rule, int Start, int Length);
