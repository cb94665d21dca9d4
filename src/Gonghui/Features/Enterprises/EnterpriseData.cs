using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Enterprises;

/// <summary>The enterprise registry as the modules read it from the shared context (which names no module).</summary>
public static class EnterpriseData
{
    extension(GonghuiDbContext db)
    {
        public DbSet<Enterprise> Enterprises => db.Set<Enterprise>();
    }
}
