using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Accounts;

/// <summary>
/// Failed sign-ins of one login from one address in the current window. Locking the pair, not the account, keeps a
/// stranger who types the administrator's login from locking the administrator out everywhere; the per-login rate
/// limit bounds guessing from many addresses. The first failure of a window and a lockout are audited, not every try.
/// </summary>
[DistrictWide("sign-in failures are counted before anyone is signed in, for a login that may not exist")]
[NotAudited]
public sealed class SignInFailure
{
    public long Id { get; set; }

    /// <summary>The login tried, upper-cased (as Identity normalises it) and cut to 64 characters.</summary>
    public string Login { get; set; } = "";

    public string Address { get; set; } = "";

    public int Count { get; set; }

    public DateTime WindowStart { get; set; }

    public DateTime? LockedUntil { get; set; }

    /// <summary>Lifts every lock on the account, from any address (a password reset, <c>gonghui admin unlock</c>); audited.</summary>
    public static async Task UnlockAsync(GonghuiDbContext db, UserManager<User> users, User user, CancellationToken ct)
    {
        var login = (user.UserName ?? "").ToUpperInvariant();
        await db.Set<SignInFailure>().Where(f => f.Login == login).ExecuteDeleteAsync(ct);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        db.RecordEvent("unlock", nameof(User), user.Id);
        await db.SaveChangesAsync(ct);
    }
}

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> b)
    {
        b.ToTable("sign_in_failures");
        b.Property(f => f.Login).HasMaxLength(64);
        b.Property(f => f.Address).HasMaxLength(64);
        b.HasIndex(f => new { f.Login, f.Address }).IsUnique();
    }
}
