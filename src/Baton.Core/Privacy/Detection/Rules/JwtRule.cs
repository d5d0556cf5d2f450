using System.Buffers.Text;
using System.Text.Json;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// JSON Web Tokens: three base64url segments, of which the first must decode to a JSON object with an <c>alg</c>
/// member and the second to a JSON object. Base64 of <c>{"</c> is <c>eyJ</c>, which is the anchor.
/// </summary>
internal sealed class JwtRule : DetectionRule
{
    private const int MaxToken = 8192;

    public override string Id => "jwt";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 90;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Literal("eyJ")];

    public override int Lookahead => MaxToken;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var anchor = context.Anchor;
        // "token=eyJ…" is common, so '=' may come right before; a base64 or dotted run may not.
        if (!TokenChars.StartsFree(window, anchor, TokenChars.Base64Url) || (anchor > 0 && window[anchor - 1] is '.' or '+' or '/'))
            return;
        var headerLength = TokenChars.RunLength(window, anchor, TokenChars.Base64Url);
        var dot1 = anchor + headerLength;
        if (dot1 >= window.Length || window[dot1] != '.')
            return;
        var payloadLength = TokenChars.RunLength(window, dot1 + 1, TokenChars.Base64Url);
        var dot2 = dot1 + 1 + payloadLength;
        if (payloadLength < 4 || dot2 >= window.Length || window[dot2] != '.')
            return;
        var signatureLength = TokenChars.RunLength(window, dot2 + 1, TokenChars.Base64Url);
        var end = dot2 + 1 + signatureLength;
        // A fourth segment (an encrypted JWE) or a base64 tail means this is something else; a full stop is prose.
        if (end < window.Length && (window[end] is '+' or '/' or '='
            || (window[end] == '.' && end + 1 < window.Length && TokenChars.Base64Url.Contains(window[end + 1]))))
            return;
        var token = window[anchor..end];
        if (ExampleValues.IsExample(token))
            return;
        if (!IsJsonObject(window.Slice(anchor, headerLength), out var hasAlg, out var unsigned) || !hasAlg)
            return;
        if (!IsJsonObject(window.Slice(dot1 + 1, payloadLength), out _, out _))
            return;
        if (signatureLength == 0 && !unsigned)
            return;
        context.Report(anchor, token.Length, signatureLength >= 16 ? Confidence.High : Confidence.Medium);
    }

    private static bool IsJsonObject(ReadOnlySpan<char> segment, out bool hasAlg, out bool unsigned)
    {
        hasAlg = unsigned = false;
        if (segment.Length > MaxToken)
            return false;
        var bytes = segment.Length <= 1024 ? stackalloc byte[Base64Url.GetMaxDecodedLength(segment.Length)] : new byte[Base64Url.GetMaxDecodedLength(segment.Length)];
        if (!Base64Url.TryDecodeFromChars(segment, bytes, out var written))
            return false;
        try
        {
            var reader = new Utf8JsonReader(bytes[..written]);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return false;
            var depth = 1;
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    depth++;
                else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                    depth--;
                else if (depth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("alg"u8))
                {
                    hasAlg = true;
                    if (reader.Read() && reader.TokenType == JsonTokenType.String)
                        unsigned = reader.ValueTextEquals("none"u8);
                }
            }

            return depth == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
