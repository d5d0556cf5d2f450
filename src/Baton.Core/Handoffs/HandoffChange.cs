using Baton.Library;

namespace Baton.Handoffs;

/// <summary>
/// One write of a handoff: its next state (at <c>Revision</c> one above the stored one, or the write is a
/// conflict), the event it writes, and whether standing approvals are dismissed by it (and why).
/// </summary>
public sealed record HandoffChange(Handoff Next, RevisionAuthor By, string EventKind, string? EventData = null, string? DismissApprovals = null);
