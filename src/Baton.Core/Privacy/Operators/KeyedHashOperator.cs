using System.Security.Cryptography;
using System.Text;

namespace Baton.Privacy.Operators;

/// <summary>
/// Replaces a value by <c>[HASH:16 hex digits:rule-id]</c>, an HMAC-SHA-256 under a key that stays on the machine.
/// Equal values give equal hashes, so a reader can still tell that two places hold the same value, but unlike the
/// unkeyed fingerprint it cannot be reversed by trying candidates without the key.
/// </summary>
internal sealed class KeyedHashOperator : IValueOperator
{
    private readonly byte[] _key;

    public KeyedHashOperator(ReadOnlySpan<byte> key)
    {
        if (key.Length < 32)
            throw new ArgumentException("use a key of at least 32 random bytes", nameof(key));
        _key = key.ToArray();
    }

    public string Replace(Finding finding, string value)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(finding.RuleId + "\0" + value));
        // The digits come before the rule id: after it, `github-token:3f0c…` would read as a secret assigned to a key.
        return $"[HASH:{Convert.ToHexStringLower(mac.AsSpan(0, 8))}:{finding.RuleId}]";
    }
}
