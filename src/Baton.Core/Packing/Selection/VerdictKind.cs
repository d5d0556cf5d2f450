namespace Baton.Packing.Selection;

internal enum VerdictKind
{
    /// <summary>This stage does not leave the entry out; the next stage decides.</summary>
    Pass,

    /// <summary>Left out and reported; a folder is not entered.</summary>
    Skip,

    /// <summary>Left out without a report of its own: a folder's report already covers it.</summary>
    Hide,

    /// <summary>A folder reported as left out but still entered for the tracked files inside it.</summary>
    SkipAndDescend,
}
