using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// Public IP addresses, which can identify a person or their home. IPv4 in dotted-quad form and IPv6 global unicast
/// (2000::/3). Not findings, because they identify no one: private ranges (10/8, 172.16/12, 192.168/16, fc00::/7),
/// loopback, link-local, carrier-grade NAT (100.64/10), multicast, reserved and broadcast addresses, and the
/// documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20).
/// </summary>
internal sealed class IpAddressRule : DetectionRule
{
    private const int MaxIpv6 = 45;
    private static readonly SearchValues<char> Ipv6Chars = SearchValues.Create(TokenChars.DigitChars + "abcdefABCDEF:.");

    public override string Id => "ip-address";

    public override FindingKind Kind => FindingKind.PersonalData;

    public override int Priority => 40;

    /// <summary>
    /// Digits only: a dotted quad starts with one, and so does every global unicast IPv6 address (2000::/3 begins
    /// with 2 or 3), which spares the engine the colons of every C++ scope operator and YAML key.
    /// </summary>
    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.DigitRun];

    public override int Lookbehind => 24;

    public override int Lookahead => MaxIpv6 + 2;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var start = context.Anchor;
        var hex = TokenChars.RunLength(window, start, TokenChars.Hex);
        if (window[start] is '2' or '3' && hex <= 4 && start + hex < window.Length && window[start + hex] == ':')
            MatchIpv6(ref context);
        else
            MatchIpv4(ref context);
    }

    private static void MatchIpv4(ref RuleContext context)
    {
        var window = context.Window;
        var start = context.Anchor;
        if (!NumberText.StartsClean(window, start))
            return;
        Span<int> octets = stackalloc int[4];
        var i = start;
        for (var part = 0; part < 4; part++)
        {
            var run = TokenChars.RunLength(window, i, TokenChars.Digits);
            if (run is 0 or > 3 || (run > 1 && window[i] == '0'))
                return;
            var value = int.Parse(window.Slice(i, run), provider: null);
            if (value > 255)
                return;
            octets[part] = value;
            i += run;
            if (part < 3)
            {
                if (i >= window.Length || window[i] != '.')
                    return;
                i++;
            }
        }

        // Four-part versions ("AssemblyVersion(\"1.4.8.0\")", "version: 2.3.0.1") have the shape of an address.
        if (!NumberText.EndsClean(window, i) || !IsPublic(octets) || NumberText.HasContext(window, start, 24, ["version"]))
            return;
        context.Report(start, i - start, Confidence.Medium);
    }

    private static void MatchIpv6(ref RuleContext context)
    {
        var window = context.Window;
        var start = context.Anchor;
        if (start > 0 && (Ipv6Chars.Contains(window[start - 1]) || char.IsAsciiLetter(window[start - 1]) || window[start - 1] == '_'))
            return;
        var length = TokenChars.RunLength(window, start, Ipv6Chars);
        if (length is < 6 or > MaxIpv6 || (start + length < window.Length && (char.IsAsciiLetter(window[start + length]) || window[start + length] == '_')))
            return;
        var candidate = window.Slice(start, length).TrimEnd('.');
        if (candidate.Count(':') < 2 || !IPAddress.TryParse(candidate, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
            return;
        if (!IsGlobalUnicast(address))
            return;
        context.Report(start, candidate.Length, Confidence.Medium);
    }

    private static bool IsPublic(ReadOnlySpan<int> o) => !(
        o[0] is 0 or 10 or 127 or >= 224
        || (o[0] == 100 && o[1] is >= 64 and <= 127)
        || (o[0] == 169 && o[1] == 254)
        || (o[0] == 172 && o[1] is >= 16 and <= 31)
        || (o[0] == 192 && o[1] == 168)
        || (o[0] == 192 && o[1] == 0 && o[2] is 0 or 2)
        || (o[0] == 198 && o[1] is 18 or 19)
        || (o[0] == 198 && o[1] == 51 && o[2] == 100)
        || (o[0] == 203 && o[1] == 0 && o[2] == 113));

    private static bool IsGlobalUnicast(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        if ((bytes[0] & 0xE0) != 0x20)
            return false;
        var documentation = (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8)
            || (bytes[0] == 0x3F && bytes[1] == 0xFF && (bytes[2] & 0xF0) == 0);
        return !documentation;
    }
}
