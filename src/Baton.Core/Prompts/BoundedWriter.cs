using System.Text;

namespace Baton.Prompts;

/// <summary>A <see cref="StringWriter"/> that throws the given error once its text passes <c>limit</c> characters.</summary>
internal sealed class BoundedWriter(long limit, Func<Exception> tooLarge) : StringWriter
{
    public override void Write(char value)
    {
        base.Write(value);
        Check();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        base.Write(buffer, index, count);
        Check();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        base.Write(buffer);
        Check();
    }

    public override void Write(string? value)
    {
        base.Write(value);
        Check();
    }

    public override void Write(StringBuilder? value)
    {
        base.Write(value);
        Check();
    }

    /// <summary>The text written, checked once more for paths of <see cref="StringWriter"/> not overridden here.</summary>
    public override string ToString()
    {
        Check();
        return base.ToString();
    }

    private void Check()
    {
        if (GetStringBuilder().Length > limit)
            throw tooLarge();
    }
}
