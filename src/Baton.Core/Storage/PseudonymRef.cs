namespace Baton.Storage;

/// <summary>A placeholder as stored: its label and number (<c>&lt;EMAIL_3&gt;</c> is EMAIL, 3).</summary>
public readonly record struct PseudonymRef(string Label, long Number)
{
    public override string ToString() => $"<{Label}_{Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}>";
}
