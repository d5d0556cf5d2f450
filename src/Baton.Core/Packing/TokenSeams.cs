namespace Baton.Packing;

/// <summary>
/// Where a text can be cut so that tiktoken counts the two sides apart exactly as it counts them together.
/// <para>
/// A cut right after <c>\n</c> and before a printable ASCII character other than space and <c>/</c> is a pre-token
/// boundary for o200k_base and cl100k_base alike: a piece that holds the <c>\n</c> is a whitespace run (which stops
/// before a non-space), or a punctuation run with its trailing line breaks (which takes <c>\r</c>, <c>\n</c> and,
/// in o200k, <c>/</c>, and nothing else); no piece takes a <c>\n</c> as the prefix of what follows; and the next
/// piece starts fresh at the cut. Byte-pair merges never cross pieces, so count(a + b) = count(a) + count(b).
/// Every block of a pack ends with <c>\n</c> and starts with such a character, so the pack's true count is the sum
/// of its blocks' counts: <c>TokenSeamsTests</c> checks this against counting the whole text in one go.
/// </para>
/// </summary>
internal static class TokenSeams
{
    public static bool IsSafeStart(char c) => c is > ' ' and < '\u007f' and not '/';

    /// <summary>Whether the text may be cut before <paramref name="index"/> without changing its count.</summary>
    public static bool IsSafeCut(ReadOnlySpan<char> text, int index) =>
        index > 0 && index < text.Length && text[index - 1] == '\n' && IsSafeStart(text[index]);

    /// <summary>Whether a block can be put after any block that ends with <c>\n</c> (and before any that starts safely).</summary>
    public static bool IsSelfContained(ReadOnlySpan<char> block) =>
        block.Length > 0 && IsSafeStart(block[0]) && block[^1] == '\n';
}
