namespace Baton.Library;

/// <summary>How far an item may travel. Ordered: a target allows everything up to its ceiling.</summary>
public enum Sensitivity
{
    Public = 0,
    Internal = 1,
    Confidential = 2,
    Secret = 3,
}
