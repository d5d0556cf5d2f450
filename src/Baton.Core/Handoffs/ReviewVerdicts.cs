namespace Baton.Handoffs;

public static class ReviewVerdicts
{
    public static string Name(this ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Approve => "approve",
        ReviewVerdict.RequestChanges => "request_changes",
        ReviewVerdict.Comment => "comment",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static ReviewVerdict Parse(string value) => value switch
    {
        "approve" => ReviewVerdict.Approve,
        "request_changes" => ReviewVerdict.RequestChanges,
        "comment" => ReviewVerdict.Comment,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a review verdict"),
    };

    /// <summary>The event a review writes.</summary>
    public static string EventKind(this ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Approve => "review.approved",
        ReviewVerdict.RequestChanges => "review.changes_requested",
        _ => "review.commented",
    };
}
