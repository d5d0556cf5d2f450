using System.Security.Cryptography;
using Baton.Privacy.Operators;
using Baton.Privacy.Vault;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// The stateful operators a boundary needs: the pseudonym table (which must give a value the same placeholder across
/// a workspace) and the keyed hash (whose key must stay on the machine).
/// </summary>
internal sealed record BoundaryOperators(IValueOperator Pseudonyms, IValueOperator Hash)
{
    /// <summary>Operators that live as long as this object: placeholders are stable within one outflow only. For tests.</summary>
    public static BoundaryOperators Ephemeral() => new(new PseudonymOperator(), new KeyedHashOperator(RandomNumberGenerator.GetBytes(32)));

    /// <summary>The workspace's: placeholders from its vault, the hash keyed by the vault's key material.</summary>
    public static BoundaryOperators Vaulted(PseudonymVault vault) => new(new VaultPseudonymOperator(vault), new KeyedHashOperator(vault.Key.Hashing));

    /// <summary>For targets that neither pseudonymise nor hash: they never call these, so no key is opened.</summary>
    public static BoundaryOperators Unused { get; } = new(NotOpened.Instance, NotOpened.Instance);

    private sealed class NotOpened : IValueOperator
    {
        public static readonly NotOpened Instance = new();

        public string Replace(Finding finding, string value) =>
            throw new InvalidOperationException("this boundary was opened without the vault; open it with PrivacyBoundaries.OpenAsync");
    }
}
