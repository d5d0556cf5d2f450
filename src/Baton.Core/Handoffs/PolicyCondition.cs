using Baton.Library;

namespace Baton.Handoffs;

/// <summary>When a review policy applies; every condition given must hold (none given: always).</summary>
public sealed record PolicyCondition(ActorKind? Author = null, string? Template = null, string? To = null, string? Label = null)
{
    public bool Holds(Handoff handoff) =>
        (Author is null || handoff.From.Actor == Author)
        && (Template is null || string.Equals(handoff.Template, Template, StringComparison.Ordinal))
        && (To is null || string.Equals(handoff.To, To, StringComparison.OrdinalIgnoreCase))
        && (Label is null || handoff.Labels.Contains(Label, StringComparer.Ordinal));

    public override string ToString()
    {
        var parts = new List<string>();
        if (Author is { } author)
            parts.Add($"its author is {(author == ActorKind.Ai ? "an AI" : author.Name())}");
        if (Template is not null)
            parts.Add($"it is a {Template} handoff");
        if (To is not null)
            parts.Add($"it goes to {To}");
        if (Label is not null)
            parts.Add($"it is labelled {Label}");
        return string.Join(" and ", parts);
    }
}
