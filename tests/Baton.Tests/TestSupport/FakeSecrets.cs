using Baton.Privacy.Detection.Text;

namespace Baton.Tests.TestSupport;

/// <summary>Secrets with a valid shape and checksum, made up for tests: the rules find them, nobody can use them.</summary>
internal static class FakeSecrets
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A <c>ghp_</c> token whose last six characters are the CRC-32 of the rest, as GitHub's are.</summary>
    public static string GitHubToken(int seed)
    {
        var random = new Random(seed);
        var body = new string([.. Enumerable.Range(0, 30).Select(_ => Base62[random.Next(Base62.Length)])]);
        return "ghp_" + body + Base62Checksum.For(body);
    }
}
