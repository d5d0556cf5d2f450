namespace Baton.Handoffs;

/// <summary>
/// Whether two ways of naming a person mean the same one. Identities come from git (<c>Name &lt;email&gt;</c>)
/// or <c>--as</c>; a role member in baton.yaml may be written as the full form, the name or the email.
/// Local trust: nothing here authenticates anyone.
/// </summary>
public static class Identities
{
    public static bool Same(string a, string b)
    {
        if (string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase))
            return true;
        var (nameA, emailA) = Split(a);
        var (nameB, emailB) = Split(b);
        if (emailA is not null && emailB is not null)
            return string.Equals(emailA, emailB, StringComparison.OrdinalIgnoreCase);
        return Matches(nameA, emailA, b) || Matches(nameB, emailB, a);
    }

    private static bool Matches(string name, string? email, string other) =>
        string.Equals(name, other.Trim(), StringComparison.OrdinalIgnoreCase)
        || (email is not null && string.Equals(email, other.Trim(), StringComparison.OrdinalIgnoreCase));

    private static (string Name, string? Email) Split(string identity)
    {
        var text = identity.Trim();
        var open = text.LastIndexOf('<');
        return open >= 0 && text.EndsWith('>')
            ? (text[..open].Trim(), text[(open + 1)..^1].Trim())
            : (text, text.Contains('@', StringComparison.Ordinal) ? text : null);
    }
}
