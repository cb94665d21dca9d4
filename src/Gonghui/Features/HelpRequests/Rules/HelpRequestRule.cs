using Gonghui.Infrastructure.Rules;

namespace Gonghui.Features.HelpRequests.Rules;

/// <summary>Where a worker's help request (来找工会) stands.</summary>
public enum HelpRequestStatus
{
    /// <summary>Routed to a union, not yet taken up (待受理).</summary>
    Received,

    /// <summary>Taken up by the union (已受理).</summary>
    Accepted,

    /// <summary>The union has reached the worker (已联系): what the first deadline asks.</summary>
    Contacted,

    /// <summary>The union has answered (已答复).</summary>
    Replied,

    /// <summary>Closed (已办结): what the second deadline asks.</summary>
    Closed,
}

public enum HelpRequestAction
{
    Accept,
    Transfer,
    Contact,
    Reply,
    Close,
    Rate,
}

/// <summary>Which union a request went to first: the one covering the enterprise, the federation of its area, or the district.</summary>
public enum HelpRoute
{
    CoveringUnion,
    AreaFederation,
    District,
}

/// <summary>
/// A help request's steps, its routing and its two deadlines (R13: "come to the union when in difficulty"): first contact
/// within a few working days of receipt, closing within a few more, counted by the legal calendar.
/// </summary>
public static class HelpRequestRule
{
    public const int DefaultContactDays = 3;

    public const int DefaultCloseDays = 15;

    public static bool IsOpen(HelpRequestStatus status) => status != HelpRequestStatus.Closed;

    /// <summary>
    /// Accepted once; passed on to another union before the answer; contacted once accepted; answered once accepted
    /// (an answer reaches the worker, so it is a contact too) and again after; closed from any open step (a request
    /// withdrawn or a duplicate is closed with its reason); rated by the worker once answered.
    /// </summary>
    public static bool Allows(HelpRequestStatus status, HelpRequestAction action) => action switch
    {
        HelpRequestAction.Accept => status == HelpRequestStatus.Received,
        HelpRequestAction.Transfer => status is HelpRequestStatus.Received or HelpRequestStatus.Accepted,
        HelpRequestAction.Contact => status == HelpRequestStatus.Accepted,
        HelpRequestAction.Reply => status is HelpRequestStatus.Accepted or HelpRequestStatus.Contacted or HelpRequestStatus.Replied,
        HelpRequestAction.Close => IsOpen(status),
        HelpRequestAction.Rate => status is HelpRequestStatus.Replied or HelpRequestStatus.Closed,
        _ => false,
    };

    /// <summary>The union covering the enterprise; else the federation of its area; else the district.</summary>
    public static (long UnionId, HelpRoute Route) Route(long? coveringUnion, long? areaFederation, long district) =>
        coveringUnion is long covering ? (covering, HelpRoute.CoveringUnion)
        : areaFederation is long area ? (area, HelpRoute.AreaFederation)
        : (district, HelpRoute.District);

    /// <summary>The last day for the first contact and for closing, in working days after the day of receipt.</summary>
    public static (DateOnly ContactBy, DateOnly CloseBy) Deadlines(DateOnly received, LegalCalendar calendar, int contactDays, int closeDays) =>
        (calendar.AddWorkingDays(received, contactDays), calendar.AddWorkingDays(received, closeDays));

    /// <summary>Done by its day: true; done late, or not done with the day past: false; not done and not yet due: null.</summary>
    public static bool? OnTime(DateOnly? done, DateOnly due, DateOnly today) =>
        done is { } day ? day <= due : today > due ? false : null;
}
