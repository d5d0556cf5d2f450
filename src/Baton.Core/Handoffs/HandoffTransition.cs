namespace Baton.Handoffs;

/// <summary>One verb of <c>baton handoff</c>: the states it leaves from, the state it leads to, and the event it writes.</summary>
public sealed record HandoffTransition(string Verb, IReadOnlyList<HandoffState> From, HandoffState To, string EventKind);
