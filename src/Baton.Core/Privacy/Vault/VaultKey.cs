using System.Security.Cryptography;
using System.Text;

namespace Baton.Privacy.Vault;

/// <summary>
/// The key material of one vault: 32 random bytes from the key file, from which HKDF-SHA-256 derives a separate key
/// for each purpose (sealing values, finding them by HMAC, the keyed-hash operator) and a check value the vault records
/// to tell its own key from another. The vault id is the salt, so one key file never serves two vaults alike.
/// </summary>
internal sealed class VaultKey
{
    public const int Length = 32;

    private VaultKey(byte[] material, string vaultId)
    {
        var salt = Encoding.UTF8.GetBytes(vaultId);
        Sealing = Derive(material, salt, "baton vault sealing v1");
        Lookup = Derive(material, salt, "baton vault lookup v1");
        Hashing = Derive(material, salt, "baton keyed hash v1");
        Check = Convert.ToHexStringLower(Derive(material, salt, "baton vault key check v1").AsSpan(0, 16));
    }

    /// <summary>AES-256-GCM key that seals values.</summary>
    public byte[] Sealing { get; }

    /// <summary>HMAC-SHA-256 key of the lookups, so a value finds its placeholder without decrypting anything.</summary>
    public byte[] Lookup { get; }

    /// <summary>The keyed-hash operator's key (<c>[HASH:…:rule]</c>).</summary>
    public byte[] Hashing { get; }

    /// <summary>Identifies the key without revealing it: stored in the vault to detect a key from elsewhere.</summary>
    public string Check { get; }

    public static VaultKey From(ReadOnlySpan<byte> material, string vaultId)
    {
        if (material.Length != Length)
            throw new ArgumentException($"a vault key is {Length} bytes", nameof(material));
        return new VaultKey(material.ToArray(), vaultId);
    }

    /// <summary>The lookup of a value: HMAC over the rule, a NUL and the value.</summary>
    public string LookupOf(string rule, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Lookup, Encoding.UTF8.GetBytes(rule + "\0" + value)));

    private static byte[] Derive(byte[] material, byte[] salt, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, material, Length, salt, Encoding.UTF8.GetBytes(purpose));
}
