namespace Baton.Storage;

/// <summary>A value sealed with AES-GCM: its nonce, and the ciphertext followed by the tag.</summary>
public sealed record SealedValue(byte[] Nonce, byte[] Sealed);
