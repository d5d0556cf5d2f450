using Baton.Privacy.Detection.Text;

namespace Baton.Privacy.Detection.Rules;

/// <summary>
/// The key inside Azure connection strings: <c>AccountKey=</c> (storage; 64 bytes, 88 base64 characters) and
/// <c>SharedAccessKey=</c> (Service Bus, Event Hubs; 32 bytes, 44 characters). Only the key is reported.
/// </summary>
internal sealed class AzureStorageKeyRule : DetectionRule
{
    public override string Id => "azure-storage-key";

    public override FindingKind Kind => FindingKind.Secret;

    public override int Priority => 100;

    public override IReadOnlyList<Anchor> Anchors { get; } = [Anchor.Keyword("AccountKey="), Anchor.Keyword("SharedAccessKey=")];

    public override int Lookahead => 16 + 100;

    public override void Match(ref RuleContext context)
    {
        var window = context.Window;
        var start = context.Anchor + window[context.Anchor..].IndexOf('=') + 1;
        var length = TokenChars.RunLength(window, start, TokenChars.Base64);
        var padding = 0;
        while (start + length + padding < window.Length && window[start + length + padding] == '=' && padding < 2)
            padding++;
        var key = window.Slice(start, length + padding);
        var expected = key.Length is 88 or 44;
        if (!expected || ExampleValues.IsExample(key) || !Entropy.LooksRandom(window.Slice(start, length)))
            return;
        if (start + key.Length < window.Length && TokenChars.Base64.Contains(window[start + key.Length]))
            return;
        context.Report(start, key.Length, Confidence.High);
    }
}
