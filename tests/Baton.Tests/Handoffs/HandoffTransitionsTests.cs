using Baton.Handoffs;

namespace Baton.Tests.Handoffs;

public sealed class HandoffTransitionsTests
{
    [Fact]
    public void All_NoVerbLeadsFromAStateToItself() =>
        Assert.All(HandoffTransitions.All, t => Assert.DoesNotContain(t.To, t.From));

    [Fact]
    public void All_EveryStateHasAVerbThatLeavesIt()
    {
        foreach (var state in Enum.GetValues<HandoffState>())
            Assert.Contains(HandoffTransitions.All, t => t.From.Contains(state));
    }

    [Fact]
    public void NextStep_EveryStateSuggestsAVerbThatLeavesIt()
    {
        foreach (var state in Enum.GetValues<HandoffState>())
        {
            var hint = HandoffTransitions.NextStep(state, "H-3");
            var verb = HandoffTransitions.All.First(t => hint.Contains($"`baton handoff {t.Verb} H-3`", StringComparison.Ordinal));
            Assert.Contains(state, verb.From);
        }
    }

    [Theory]
    [InlineData("H-12", 12)]
    [InlineData("h12", 12)]
    [InlineData(" 7 ", 7)]
    public void Parse_AcceptsTheWaysPeopleWriteIt(string text, int number) => Assert.Equal(number, HandoffRefs.Parse(text));
}
