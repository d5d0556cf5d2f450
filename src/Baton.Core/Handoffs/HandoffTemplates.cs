namespace Baton.Handoffs;

/// <summary>The built-in handoff kinds; baton.yaml may add more or replace these by name (<see cref="HandoffSettings"/>).</summary>
public static class HandoffTemplates
{
    public static IReadOnlyList<HandoffTemplate> BuiltIn { get; } =
    [
        new("dev-to-qa", "A developer hands finished work to QA to test",
            [HandoffFields.AcceptanceCriteria],
            new PackSelection { Diff = "main", Target = "team" }, DefaultTo: "qa"),
        new("dev-to-ai", "A developer hands a task to an AI coding tool",
            [HandoffFields.AcceptanceCriteria, HandoffFields.Constraints],
            new PackSelection { Target = "external-ai", Budget = 100_000 }),
        new("ai-to-dev", "An AI tool hands its work back to a person to review and continue",
            [HandoffFields.NextSteps, HandoffFields.OpenQuestions],
            new PackSelection { Diff = "main", Target = "team" }),
        new("qa-to-dev", "QA hands findings back to the developer",
            [HandoffFields.AcceptanceCriteria, HandoffFields.NextSteps],
            new PackSelection { Target = "team" }),
    ];
}
