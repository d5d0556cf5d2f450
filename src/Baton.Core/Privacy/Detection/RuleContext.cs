namespace Baton.Privacy.Detection;

/// <summary>What a rule sees at one anchor: its window of the text, where the anchor is in it, and where to report.</summary>
internal ref struct RuleContext
{
    private readonly DetectionRule _rule;
    private readonly FindingSink _sink;
    private readonly long _windowOffset;

    public RuleContext(DetectionRule rule, ReadOnlySpan<char> window, int anchor, long windowOffset, FindingSink sink)
    {
        _rule = rule;
        Window = window;
        Anchor = anchor;
        _windowOffset = windowOffset;
        _sink = sink;
    }

    /// <summary>The text the rule may read; index 0 is the start of the whole text only when <see cref="AtTextStart"/>.</summary>
    public ReadOnlySpan<char> Window { get; }

    /// <summary>The index in <see cref="Window"/> where the anchor starts.</summary>
    public int Anchor { get; }

    public readonly bool AtTextStart => _windowOffset == 0;

    /// <summary>Reports the value at <paramref name="start"/> (an index in <see cref="Window"/>) of <paramref name="length"/> characters.</summary>
    public readonly void Report(int start, int length, Confidence confidence) =>
        Report(_rule.Id, start, length, confidence);

    /// <summary>Reports under another rule id of the same family (an AWS access key id rule reporting the secret key beside it).</summary>
    public readonly void Report(string ruleId, int start, int length, Confidence confidence)
    {
        if (start < 0 || length <= 0 || start + length > Window.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"rule {ruleId} reported a span outside its window");
        _sink.Add(_rule, ruleId, _windowOffset + start, Window.Slice(start, length), confidence);
    }
}
