namespace Baton.Library;

/// <summary>A typed, directed relation: <see cref="From"/> <see cref="Type"/> <see cref="To"/>.</summary>
public sealed record ItemLink(string From, string FromTitle, string Type, string To, string ToTitle, DateTimeOffset At);
