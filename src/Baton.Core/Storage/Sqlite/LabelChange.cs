namespace Baton.Storage.Sqlite;

/// <summary>The data of an event, as stored in <c>events.data</c>.</summary>
internal sealed record LabelChange(string Label, int Version);
