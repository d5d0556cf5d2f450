using Baton.Handoffs;

namespace Baton.Tests.Handoffs;

public sealed class IdentitiesTests
{
    [Theory]
    [InlineData("Ada Lovelace <ada@example.com>", "ada@example.com", true)]
    [InlineData("Ada Lovelace <ada@example.com>", "Ada Lovelace", true)]
    [InlineData("Ada Lovelace <ada@example.com>", "ada lovelace <ADA@example.com>", true)]
    [InlineData("Ada Lovelace <ada@example.com>", "Ada Lovelace <ada@other.org>", false)]
    [InlineData("alice", "alice", true)]
    [InlineData("alice", "Alice", true)]
    [InlineData("alice", "Ada Lovelace <ada@example.com>", false)]
    [InlineData("claude-code", "ai:claude-code", false)]
    public void Same_ComparesNamesAndEmails(string a, string b, bool same)
    {
        Assert.Equal(same, Identities.Same(a, b));
        Assert.Equal(same, Identities.Same(b, a));
    }
}
