namespace Baton.Handoffs;

/// <summary>
/// Something waiting for a person: a handoff addressed to them or their role (<c>handoff</c>), an approval
/// a gate needs from them (<c>review</c>), or feedback and change requests on a handoff they wrote
/// (<c>feedback</c>, <c>changes</c>). <see cref="References"/> resolve: item ids, <c>path:line@commit</c>.
/// </summary>
public sealed record InboxEntry(string Kind, Handoff Handoff, string Why, IReadOnlyList<string> References);
