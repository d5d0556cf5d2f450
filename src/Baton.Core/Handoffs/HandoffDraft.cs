namespace Baton.Handoffs;

/// <summary>
/// A handoff as given by a person or tool, before Baton completes it: options, a --from-file, prompts.
/// Anything may be missing; <see cref="HandoffService"/> says which required fields are.
/// </summary>
public sealed record HandoffDraft
{
    public string? Template { get; init; }

    public string? Title { get; init; }

    public string? To { get; init; }

    public string? Intent { get; init; }

    public IReadOnlyList<string> AcceptanceCriteria { get; init; } = [];

    public IReadOnlyList<string> NextSteps { get; init; } = [];

    public IReadOnlyList<string> OpenQuestions { get; init; } = [];

    public IReadOnlyList<string> Risks { get; init; } = [];

    public IReadOnlyList<string> Constraints { get; init; } = [];

    /// <summary>A commit or ref the work started from; resolved by git.</summary>
    public string? Base { get; init; }

    public string? Pack { get; init; }

    /// <summary>Item ids or prefixes; resolved against the library.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    public IReadOnlyList<string> Labels { get; init; } = [];

    public string? Due { get; init; }

    /// <summary>This draft with every field <paramref name="other"/> gives taken from it (options win over a file).</summary>
    public HandoffDraft OverriddenBy(HandoffDraft other) => new()
    {
        Template = other.Template ?? Template,
        Title = other.Title ?? Title,
        To = other.To ?? To,
        Intent = other.Intent ?? Intent,
        AcceptanceCriteria = other.AcceptanceCriteria.Count > 0 ? other.AcceptanceCriteria : AcceptanceCriteria,
        NextSteps = other.NextSteps.Count > 0 ? other.NextSteps : NextSteps,
        OpenQuestions = other.OpenQuestions.Count > 0 ? other.OpenQuestions : OpenQuestions,
        Risks = other.Risks.Count > 0 ? other.Risks : Risks,
        Constraints = other.Constraints.Count > 0 ? other.Constraints : Constraints,
        Base = other.Base ?? Base,
        Pack = other.Pack ?? Pack,
        Items = other.Items.Count > 0 ? other.Items : Items,
        Labels = other.Labels.Count > 0 ? other.Labels : Labels,
        Due = other.Due ?? Due,
    };

    /// <summary>Whether <paramref name="field"/> (a <see cref="HandoffFields"/> name) has a value.</summary>
    public bool Has(string field) => field switch
    {
        HandoffFields.Title => !string.IsNullOrWhiteSpace(Title),
        HandoffFields.To => !string.IsNullOrWhiteSpace(To),
        HandoffFields.Intent => !string.IsNullOrWhiteSpace(Intent),
        HandoffFields.AcceptanceCriteria => AcceptanceCriteria.Count > 0,
        HandoffFields.NextSteps => NextSteps.Count > 0,
        HandoffFields.OpenQuestions => OpenQuestions.Count > 0,
        HandoffFields.Risks => Risks.Count > 0,
        HandoffFields.Constraints => Constraints.Count > 0,
        HandoffFields.Items => Items.Count > 0,
        HandoffFields.Labels => Labels.Count > 0,
        HandoffFields.Pack => !string.IsNullOrWhiteSpace(Pack),
        HandoffFields.Due => !string.IsNullOrWhiteSpace(Due),
        HandoffFields.Base => !string.IsNullOrWhiteSpace(Base),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a handoff field"),
    };

    /// <summary>This draft with <paramref name="values"/> given for <paramref name="field"/> (a list field takes them all, another the first).</summary>
    public HandoffDraft With(string field, IReadOnlyList<string> values) => field switch
    {
        HandoffFields.Title => this with { Title = values[0] },
        HandoffFields.To => this with { To = values[0] },
        HandoffFields.Intent => this with { Intent = values[0] },
        HandoffFields.AcceptanceCriteria => this with { AcceptanceCriteria = values },
        HandoffFields.NextSteps => this with { NextSteps = values },
        HandoffFields.OpenQuestions => this with { OpenQuestions = values },
        HandoffFields.Risks => this with { Risks = values },
        HandoffFields.Constraints => this with { Constraints = values },
        HandoffFields.Items => this with { Items = values },
        HandoffFields.Labels => this with { Labels = values },
        HandoffFields.Pack => this with { Pack = values[0] },
        HandoffFields.Due => this with { Due = values[0] },
        HandoffFields.Base => this with { Base = values[0] },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a handoff field"),
    };
}
