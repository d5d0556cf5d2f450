namespace Baton.Privacy.Detection;

/// <summary>
/// One detector. The engine calls <see cref="Match"/> at each of the rule's <see cref="Anchors"/> with a window of the
/// text that reaches <see cref="Lookbehind"/> characters before the anchor and <see cref="Lookahead"/> after it; the
/// rule cannot see beyond it. Because the window is bounded, a rule's work per anchor is bounded, and a scan is
/// linear in the length of the text whatever the rule does inside its window.
/// </summary>
internal abstract class DetectionRule
{
    /// <summary>The longest look-behind any rule may declare; the streaming scanner keeps this much overlap.</summary>
    public const int MaxLookbehind = 4096;

    /// <summary>The longest look-ahead any rule may declare.</summary>
    public const int MaxLookahead = 16384;

    private (int, int)? _window;

    public abstract string Id { get; }

    public abstract FindingKind Kind { get; }

    public abstract IReadOnlyList<Anchor> Anchors { get; }

    public virtual int Lookbehind => 1;

    public abstract int Lookahead { get; }

    /// <summary>When findings overlap, the higher priority wins: specific formats over generic assignments, secrets over personal data.</summary>
    public virtual int Priority => 50;

    /// <summary>The window, computed once: rules derive it from their anchors, and the engine asks at every anchor.</summary>
    internal (int Lookbehind, int Lookahead) Window => _window ??= (Lookbehind, Lookahead);

    public abstract void Match(ref RuleContext context);
}
