using Gonghui.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// A staff account. Union-scoped roles carry the union they are bound to (the union tree's module declares the key's
/// relationship). Accounts are read through the account handlers, which limit them to those an actor may manage.
/// </summary>
[DistrictWide("accounts: the account handlers limit them to the roles and unions an actor may manage")]
public sealed class User : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public long? UnionId { get; set; }

    /// <summary>A disabled account cannot sign in and its sessions and tokens stop working at once.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    [NotAudited]
    public override string? PasswordHash { get => base.PasswordHash; set => base.PasswordHash = value; }

    [NotAudited]
    public override string? SecurityStamp { get => base.SecurityStamp; set => base.SecurityStamp = value; }

    [NotAudited]
    public override string? ConcurrencyStamp { get => base.ConcurrencyStamp; set => base.ConcurrencyStamp = value; }

    // Failures are audited as sign-in events; the counter itself would only add noise.
    [NotAudited]
    public override int AccessFailedCount { get => base.AccessFailedCount; set => base.AccessFailedCount = value; }

    [NotAudited]
    public override DateTimeOffset? LockoutEnd { get => base.LockoutEnd; set => base.LockoutEnd = value; }

    [Sensitive]
    public override string? PhoneNumber { get => base.PhoneNumber; set => base.PhoneNumber = value; }

    [Sensitive]
    public override string? Email { get => base.Email; set => base.Email = value; }

    [NotAudited]
    public override string? NormalizedEmail { get => base.NormalizedEmail; set => base.NormalizedEmail = value; }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(50);
    }
}
