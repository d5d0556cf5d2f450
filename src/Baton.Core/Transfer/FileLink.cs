namespace Baton.Transfer;

/// <summary>A link that starts at the file's item: <c>type</c>, the id it points <c>to</c>, and when it was made (<c>at</c>).</summary>
internal sealed record FileLink(string Type, string To, DateTimeOffset? At = null);
