namespace Baton.Storage;

/// <summary>A value to be given a placeholder, known to the store only by its keyed lookup.</summary>
public sealed record PseudonymRequest(string Lookup, string Rule, string Label);
