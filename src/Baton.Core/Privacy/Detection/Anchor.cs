namespace Baton.Privacy.Detection;

/// <summary>Where a rule starts looking: the engine finds every anchor in one vectorised pass per kind and calls the rule there.</summary>
internal readonly record struct Anchor(AnchorKind Kind, string Text)
{
    public static Anchor Literal(string text) => new(AnchorKind.Literal, text);

    public static Anchor Keyword(string text) => new(AnchorKind.Keyword, text);

    public static Anchor Character(char c) => new(AnchorKind.Character, c.ToString());

    public static readonly Anchor DigitRun = new(AnchorKind.DigitRun, "0");
}
