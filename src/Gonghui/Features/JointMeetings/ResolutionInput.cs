using System.ComponentModel.DataAnnotations;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.JointMeetings;

/// <summary>A resolution as staff enter or follow it up; <c>Version</c> is the meeting's.</summary>
public sealed record ResolutionInput([property: MaxLength(1000)] string? Text, [property: MaxLength(200)] string? Owner, DateOnly? DueOn, ResolutionStatus? Status, DateOnly? DoneOn, [property: MaxLength(1000)] string? FollowUp, long? Version)
{
    /// <summary>Checks the resolution against its meeting and applies it when valid; done needs the day it was done.</summary>
    public bool CheckAndApply(JointMeeting meeting, JointMeetingResolution target, ValidationErrors e, IStringLocalizer t)
    {
        var text = e.Required(t, "text", Text, 1000, "Meeting.ResolutionRequired");
        var owner = e.Required(t, "owner", Owner, 200, "Meeting.OwnerRequired");
        if (DueOn is not { } due || due < meeting.HeldOn)
        {
            e.Add("dueOn", t["Meeting.DueBeforeMeeting"]);
        }

        var status = Status ?? ResolutionStatus.Open;
        if (!Enum.IsDefined(status))
        {
            e.Add("status", t["Meeting.StatusInvalid"]);
        }
        else if (status == ResolutionStatus.Done && (DoneOn is not { } done || done < meeting.HeldOn || done > LocalizationSetup.Today))
        {
            e.Add("doneOn", t["Meeting.DoneOnRequired"]);
        }

        var followUp = e.Optional(t, "followUp", FollowUp, 1000);
        if (e.Any)
        {
            return false;
        }

        target.Text = text!;
        target.Owner = owner!;
        target.DueOn = DueOn!.Value;
        target.Status = status;
        target.DoneOn = status == ResolutionStatus.Done ? DoneOn : null;
        target.FollowUp = followUp;
        return true;
    }
}
