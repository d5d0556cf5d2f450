using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Baton.Audit;

/// <summary>
/// The hash chain over the event log: each entry's hash is SHA-256 of the previous entry's hash and the
/// entry's canonical form, so editing, inserting or deleting any event but the newest changes every hash
/// after it. The canonical form is a JSON array <c>[seq, at, actor, kind, subject, data]</c> written without
/// whitespace; the first entry's previous hash is 64 zeros.
/// </summary>
public static class EventChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Hash(string? previous, long seq, long at, string actor, string kind, string subject, string? data)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write(Encoding.ASCII.GetBytes(previous ?? Genesis));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(seq);
            json.WriteNumberValue(at);
            json.WriteStringValue(actor);
            json.WriteStringValue(kind);
            json.WriteStringValue(subject);
            if (data is null)
                json.WriteNullValue();
            else
                json.WriteStringValue(data);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
