using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Members;

/// <summary>The roster as the modules read it from the shared context (which names no module).</summary>
public static class MemberData
{
    extension(GonghuiDbContext db)
    {
        public DbSet<Member> Members => db.Set<Member>();
    }
}
