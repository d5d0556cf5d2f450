namespace Baton.Packing.Selection;

/// <summary>How a selected file's bytes become text.</summary>
internal enum TextEncodingKind
{
    /// <summary>UTF-8 without BOM (also plain ASCII). Invalid sequences decode as U+FFFD.</summary>
    Utf8,

    /// <summary>UTF-8 with a BOM, which is dropped.</summary>
    Utf8Bom,

    /// <summary>UTF-16 little-endian (with a BOM, or recognised by its zero bytes), transcoded to UTF-8.</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian, transcoded.</summary>
    Utf16BigEndian,

    /// <summary>UTF-32 little-endian with a BOM, transcoded.</summary>
    Utf32LittleEndian,

    /// <summary>UTF-32 big-endian with a BOM, transcoded.</summary>
    Utf32BigEndian,
}
