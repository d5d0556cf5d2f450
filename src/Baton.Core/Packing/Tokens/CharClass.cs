namespace Baton.Packing.Tokens;

/// <summary>
/// What the tiktoken patterns ask of a code point. o200k's letter classes overlap: <c>[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]</c>
/// ("upper") and <c>[\p{Ll}\p{Lm}\p{Lo}\p{M}]</c> ("lower") share Lm, Lo and marks, so those get their own flags.
/// </summary>
[Flags]
internal enum CharClass : byte
{
    /// <summary>Punctuation, symbols, controls, unassigned and lone surrogates: <c>[^\s\p{L}\p{N}]</c> minus marks.</summary>
    Other = 0,

    /// <summary>Lu and Lt: only in o200k's "upper" class.</summary>
    Upper = 1,

    /// <summary>Ll: only in o200k's "lower" class.</summary>
    Lower = 2,

    /// <summary>Lm and Lo: in both of o200k's letter classes.</summary>
    Caseless = 4,

    /// <summary>Mn, Mc and Me: in both of o200k's letter classes, yet not <c>\p{L}</c>.</summary>
    Mark = 8,

    /// <summary><c>\p{N}</c>: Nd, Nl and No.</summary>
    Number = 16,

    /// <summary>JavaScript's <c>\s</c>, which js-tiktoken runs (it includes U+FEFF and not U+0085).</summary>
    Space = 32,

    /// <summary>\r and \n, which are also <see cref="Space"/>.</summary>
    Newline = 64,

    Letter = Upper | Lower | Caseless,
    UpperClass = Upper | Caseless | Mark,
    LowerClass = Lower | Caseless | Mark,

    /// <summary>What excludes a code point from <c>[^\r\n\p{L}\p{N}]</c>, the optional prefix of a word.</summary>
    NotPrefix = Letter | Number | Newline,

    /// <summary>What excludes a code point from <c>[^\s\p{L}\p{N}]</c>, a punctuation run.</summary>
    NotPunctuation = Letter | Number | Space,
}
