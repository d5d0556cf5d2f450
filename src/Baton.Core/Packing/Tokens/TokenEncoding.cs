namespace Baton.Packing.Tokens;

/// <summary>A tiktoken encoding: its vocabulary and the pre-tokenizer that splits text before byte-pair merging.</summary>
public enum TokenEncoding
{
    /// <summary><c>o200k_base</c>: GPT-4o, GPT-4.1, o-series and later models. The default.</summary>
    O200kBase,

    /// <summary><c>cl100k_base</c>: GPT-4, GPT-3.5 and the text-embedding-3 models.</summary>
    Cl100kBase,
}
