using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Officers;

/// <summary>The industrial unions' officers as the modules read them from the shared context (which names no module).</summary>
public static class OfficerData
{
    extension(GonghuiDbContext db)
    {
        public DbSet<Officer> Officers => db.Set<Officer>();
    }
}
