namespace Baton.Privacy.Detection;

/// <summary>How the engine finds the places where a rule is worth asking.</summary>
internal enum AnchorKind
{
    /// <summary>A literal, compared ordinally (<c>ghp_</c>, <c>AKIA</c>).</summary>
    Literal,

    /// <summary>A literal compared ignoring ASCII case (<c>password</c>, <c>api_key</c>).</summary>
    Keyword,

    /// <summary>A single character (<c>@</c>, <c>:</c>).</summary>
    Character,

    /// <summary>
    /// The first digit of every run of ASCII digits, except runs glued to a lower-case letter or an underscore
    /// (<c>uint32_t</c>, <c>0x7f</c>): no number that is personal data is written that way.
    /// </summary>
    DigitRun,
}
