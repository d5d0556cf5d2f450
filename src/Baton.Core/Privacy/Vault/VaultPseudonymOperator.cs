using Baton.Privacy.Operators;

namespace Baton.Privacy.Vault;

/// <summary>
/// The pseudonymise operator of real outflows: placeholders come from the workspace's vault, so they are the same in
/// every pack and process, and <c>baton restore</c> can resolve them. Remembers what it looked up. The boundary calls
/// it under its own lock, one value at a time.
/// </summary>
internal sealed class VaultPseudonymOperator(PseudonymVault vault) : IBatchedValueOperator
{
    private readonly Dictionary<(string Rule, string Value), string> _known = [];

    public void Prepare(IReadOnlyList<(Finding Finding, string Value)> values)
    {
        var unknown = values.Select(v => (v.Finding.RuleId, v.Value)).Where(v => !_known.ContainsKey(v)).Distinct().ToList();
        if (unknown.Count == 0)
            return;
        var placeholders = vault.PseudonymiseAsync(unknown).GetAwaiter().GetResult();
        for (var i = 0; i < unknown.Count; i++)
            _known[unknown[i]] = placeholders[i];
    }

    public string Replace(Finding finding, string value)
    {
        if (_known.TryGetValue((finding.RuleId, value), out var placeholder))
            return placeholder;
        // The store's calls complete synchronously (SQLite); a server store will need the boundary to batch instead.
        placeholder = vault.PseudonymiseAsync([(finding.RuleId, value)]).GetAwaiter().GetResult()[0];
        _known[(finding.RuleId, value)] = placeholder;
        return placeholder;
    }
}
