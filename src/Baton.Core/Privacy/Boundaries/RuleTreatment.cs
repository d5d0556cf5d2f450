namespace Baton.Privacy.Boundaries;

/// <summary>One rule in a <see cref="BoundaryReport"/>: <c>email</c>, <c>personal-data</c>, 3 values, <c>pseudonymise</c>.</summary>
public sealed record RuleTreatment(string Rule, string Kind, int Count, string Action);
