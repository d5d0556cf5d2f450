namespace Baton.Packing.Tokens;

/// <summary>
/// Counts tokens exactly as OpenAI's tiktoken (js-tiktoken) encodes ordinary text: special-token strings such
/// as <c>&lt;|endoftext|&gt;</c> count as the text they are. Implementations are safe to share across threads.
/// </summary>
public interface ITokenCounter
{
    TokenEncoding Encoding { get; }

    /// <summary>The number of tokens of <paramref name="text"/>; a lone surrogate counts as U+FFFD, as UTF-8 encoders write it.</summary>
    int Count(ReadOnlySpan<char> text);
}
