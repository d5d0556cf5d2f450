namespace Baton.Packing.Selection;

/// <summary>One result of a selection walk: a <see cref="SelectedFile"/> or a <see cref="SkippedPath"/>.</summary>
/// <param name="Path">Relative to the selection's base folder, '/'-separated.</param>
internal abstract record SelectionEntry(string Path);
