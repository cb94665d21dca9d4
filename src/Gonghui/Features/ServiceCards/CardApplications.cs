using Gonghui.Features.Organisation;
using Gonghui.Features.Members;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.ServiceCards;

/// <summary>The members an application list is made of, for the list's export and for recording the applications.</summary>
public static class CardApplications
{
    /// <summary>
    /// Active members the actor sees, under the union when one is given: those with no card (none, or a cancelled one),
    /// or — <paramref name="pending"/> — those whose application is with the bank.
    /// </summary>
    public static IQueryable<Member> Members(GonghuiDbContext db, long? underUnionId, bool pending)
    {
        var members = (db.Actor.SeesAllUnions ? db.Set<Member>().IgnoreQueryFilters() : db.Set<Member>()).Where(m => m.Status == MemberStatus.Active);
        if (underUnionId is long under)
        {
            var path = db.Unions.IgnoreQueryFilters().Where(u => u.Id == under).Select(u => u.Path);
            members = members.Where(m => path.Any(p => m.Union!.Path.StartsWith(p)));
        }

        var cards = db.Set<ServiceCard>().IgnoreQueryFilters();
        return pending
            ? members.Where(m => cards.Any(c => c.MemberId == m.Id && c.Status == ServiceCardStatus.Applied))
            : members.Where(m => !cards.Any(c => c.MemberId == m.Id && c.Status != ServiceCardStatus.Cancelled));
    }
}
