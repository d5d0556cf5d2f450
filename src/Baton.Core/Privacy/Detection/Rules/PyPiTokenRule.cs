using System.Buffers;
using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>PyPI and TestPyPI upload tokens: macaroons whose base64 starts by naming the index (<c>pypi-AgEIcHlwaS5vcmc…</c>).</summary>
internal sealed class PyPiTokenRule : PrefixedTokenRule
{
    public override string Id => "pypi-token";

    protected override IReadOnlyList<string> Prefixes { get; } = ["pypi-AgEIcHlwaS5vcmc", "pypi-AgENdGVzdC5weXBpLm9yZw"];

    protected override IReadOnlyList<string> AnchorStems { get; } = ["pypi-AgE"];

    protected override SearchValues<char> BodyChars => TokenChars.Base64Url;

    protected override int MinBody => 50;

    protected override int MaxBody => 1000;
}
