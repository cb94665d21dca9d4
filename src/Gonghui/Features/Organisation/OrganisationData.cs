using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Features.Organisation;

/// <summary>The union tree as the modules read it from the shared context (which names no module).</summary>
public static class OrganisationData
{
    extension(GonghuiDbContext db)
    {
        public DbSet<Union> Unions => db.Set<Union>();
    }
}
