using System.Text;

namespace Baton.Packing.Selection;

/// <summary>
/// Opens a selected file as text in the encoding the selection found: a BOM is skipped, UTF-16 and UTF-32
/// are transcoded, and invalid sequences become U+FFFD (never an exception), so what is packed is always
/// valid Unicode.
/// </summary>
internal static class TextFileReader
{
    public static StreamReader Open(SelectedFile file, int bufferSize = 1 << 16)
    {
        var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize, FileOptions.SequentialScan);
        return new StreamReader(stream, EncodingOf(file.Encoding), detectEncodingFromByteOrderMarks: true, bufferSize);
    }

    public static Encoding EncodingOf(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false),
        TextEncodingKind.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false),
        TextEncodingKind.Utf32LittleEndian => new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false),
        TextEncodingKind.Utf32BigEndian => new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false),
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
    };
}
