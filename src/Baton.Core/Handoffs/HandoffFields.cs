namespace Baton.Handoffs;

/// <summary>
/// The fields a template may require, by their schema names, with the option that gives each on the
/// command line (for "missing field" messages and prompts).
/// </summary>
public static class HandoffFields
{
    public const string Title = "title";
    public const string To = "to";
    public const string Intent = "intent";
    public const string AcceptanceCriteria = "acceptanceCriteria";
    public const string NextSteps = "nextSteps";
    public const string OpenQuestions = "openQuestions";
    public const string Risks = "risks";
    public const string Constraints = "constraints";
    public const string Items = "items";
    public const string Pack = "pack";
    public const string Labels = "labels";
    public const string Due = "due";
    public const string Base = "base";

    /// <summary>Every handoff has these, whatever its template says.</summary>
    public static IReadOnlyList<string> AlwaysRequired { get; } = [Title, To, Intent];

    private static readonly (string Field, string Option, string Question, bool List)[] Known =
    [
        (Title, "--title", "Title", false),
        (To, "--to", "To whom (a person, a role or an AI tool)", false),
        (Intent, "--intent", "Intent: what should the receiver achieve, and why", false),
        (AcceptanceCriteria, "--criterion", "Acceptance criterion", true),
        (NextSteps, "--next", "Next step", true),
        (OpenQuestions, "--question", "Open question", true),
        (Risks, "--risk", "Risk", true),
        (Constraints, "--constraint", "Constraint", true),
        (Items, "--item", "Item id to attach", true),
        (Pack, "--pack", "Pack id", false),
        (Labels, "--label", "Label", true),
        (Due, "--due", "Due date (YYYY-MM-DD)", false),
        (Base, "--base", "Base commit or ref", false),
    ];

    public static IEnumerable<string> All => Known.Select(k => k.Field);

    public static bool IsKnown(string field) => Known.Any(k => k.Field == field);

    public static string Option(string field) => Known.First(k => k.Field == field).Option;

    public static string Question(string field) => Known.First(k => k.Field == field).Question;

    public static bool IsList(string field) => Known.First(k => k.Field == field).List;

    /// <summary>"acceptanceCriteria (--criterion, repeatable)".</summary>
    public static string Describe(string field) =>
        IsList(field) ? $"{field} ({Option(field)}, repeatable)" : $"{field} ({Option(field)})";
}
