using System.Text;

namespace Baton.PrivacyBench.Corpus;

/// <summary>A file being written, which remembers where each planted value landed.</summary>
internal sealed class LabelledText(string file)
{
    private readonly StringBuilder _text = new();

    public string File => file;

    public List<Label> Labels { get; } = [];

    public int Length => _text.Length;

    public LabelledText Add(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Appends a value that the rule <paramref name="rule"/> should report, and labels its exact span.</summary>
    public LabelledText Secret(string rule, string value)
    {
        Labels.Add(new Label(file, rule, _text.Length, value.Length));
        _text.Append(value);
        return this;
    }

    public override string ToString() => _text.ToString();
}
