namespace Baton.Cli.Infrastructure;

/// <summary>
/// The conventional <c>-</c> for "read stdin". Spectre.Console.Cli's tokenizer rejects a bare <c>-</c> ("Option does not
/// have a name"), so <see cref="BatonApp"/> swaps it for <see cref="Token"/> before parsing, and commands test with <see cref="Is"/>.
/// </summary>
internal static class StdinArgument
{
    public const string Token = "<stdin>";

    public static string[] Protect(string[] args) => [.. args.Select(a => a == "-" ? Token : a)];

    public static bool Is(string? value) => value is "-" or Token;
}
