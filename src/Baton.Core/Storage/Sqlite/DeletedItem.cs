namespace Baton.Storage.Sqlite;

/// <summary>The data of an event, as stored in <c>events.data</c>.</summary>
internal sealed record DeletedItem(string Kind, string Title, int Revision);
