using System.Security.Cryptography;
using Baton.Privacy.Operators;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// The stateful operators a boundary needs: the pseudonym table (which must give a value the same placeholder across
/// a workspace) and the keyed hash (whose key must stay on the machine).
/// </summary>
internal sealed record BoundaryOperators(IValueOperator Pseudonyms, IValueOperator Hash)
{
    /// <summary>Operators that live as long as this object: placeholders are stable within one outflow only.</summary>
    public static BoundaryOperators Ephemeral() => new(new PseudonymOperator(), new KeyedHashOperator(RandomNumberGenerator.GetBytes(32)));
}
