using System.Text;

namespace Baton.Privacy.Operators;

/// <summary>
/// Applies an operator to every finding of a text: each value's span is replaced by what the operator makes of it.
/// Findings come from one scan of that text, so they do not overlap; the text between them is copied unchanged.
/// </summary>
internal static class Redactor
{
    public static string Apply(string text, IReadOnlyList<Finding> findings, IValueOperator valueOperator)
    {
        var result = new StringBuilder(text.Length);
        var copied = 0;
        foreach (var finding in findings.OrderBy(f => f.Offset))
        {
            if (finding.Offset < copied || finding.End > text.Length)
                throw new ArgumentException("findings overlap or lie outside the text; pass the findings of one scan of this text", nameof(findings));
            var start = (int)finding.Offset;
            result.Append(text, copied, start - copied);
            result.Append(valueOperator.Replace(finding, text.Substring(start, finding.Length)));
            copied = start + finding.Length;
        }

        return result.Append(text, copied, text.Length - copied).ToString();
    }
}
