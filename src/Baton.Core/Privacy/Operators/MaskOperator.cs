namespace Baton.Privacy.Operators;

/// <summary>
/// Replaces letters and digits with <c>*</c> and keeps separators, showing the last four letters or digits of
/// values long enough that four say nothing (<c>**** **** **** 0366</c>); shorter values are masked whole.
/// </summary>
internal sealed class MaskOperator : IValueOperator
{
    public const int Shown = 4;
    public const int MinLengthToShow = 12;

    public static readonly MaskOperator Instance = new();

    public string Replace(Finding finding, string value)
    {
        var alphanumerics = value.Count(char.IsAsciiLetterOrDigit);
        var keep = alphanumerics >= MinLengthToShow ? Shown : 0;
        var chars = value.ToCharArray();
        var seen = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(chars[i]))
                continue;
            seen++;
            if (seen <= alphanumerics - keep)
                chars[i] = '*';
        }

        return new string(chars);
    }
}
