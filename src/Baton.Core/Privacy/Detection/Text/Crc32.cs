namespace Baton.Privacy.Detection.Text;

/// <summary>CRC-32 (IEEE 802.3, as zlib computes it) over ASCII text; GitHub and npm tokens end with it.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    public static uint Of(ReadOnlySpan<char> ascii)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var c in ascii)
            crc = Table[(crc ^ (byte)c) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }

        return table;
    }
}
