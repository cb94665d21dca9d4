using Gonghui.Features.Members;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.ServiceCards;

/// <summary>Where a member's Jing Card stands.</summary>
public enum ServiceCardStatus
{
    /// <summary>Sent to the bank in an application list (已申领); no number yet.</summary>
    Applied,

    /// <summary>Issued by the bank (已发卡).</summary>
    Issued,

    /// <summary>Reported lost (已挂失); not in force until replaced.</summary>
    ReportedLost,

    /// <summary>Replaced by the bank with a new number (已补卡); in force.</summary>
    Replaced,

    /// <summary>Cancelled (已注销), usually when the member left the union.</summary>
    Cancelled,
}

/// <summary>
/// A member's Jing Card mutual-aid service card (京卡·互助服务卡, R8), issued by the Beijing federation's bank: applied
/// for, issued with a number, reported lost, replaced with a new number, cancelled. The number is personal data: sealed
/// at rest with a keyed hash for exact look-up (one number, one holder) and masked when shown. One card per person: it
/// follows the member to a new union on a transfer (<see cref="ServiceCardMoves"/>).
/// </summary>
[ScopedBy("Member.Union")]
public sealed class ServiceCard : IVersioned
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public Member? Member { get; set; }

    public ServiceCardStatus Status { get; set; }

    /// <summary>AES-GCM sealed card number; null while applied for.</summary>
    [NotAudited]
    [Sealed(nameof(CardNumberHash))]
    public string? CardNumberCipher { get; set; }

    /// <summary>Keyed hash of the card number: exact look-up, and no number held by two people.</summary>
    [NotAudited]
    public string? CardNumberHash { get; set; }

    /// <summary>The bank branch (发卡网点) that took the application or issued the card.</summary>
    public string Branch { get; set; } = "";

    public DateOnly? AppliedOn { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? LostOn { get; set; }

    public DateOnly? ReplacedOn { get; set; }

    public DateOnly? CancelledOn { get; set; }

    public string CancelReason { get; set; } = "";

    public long Version { get; set; }

    /// <summary>Starts the card's life: a new application, or one after a cancellation on the same record (one card per person).</summary>
    public void Apply(DateOnly on, string branch)
    {
        Status = ServiceCardStatus.Applied;
        AppliedOn = on;
        Branch = branch;
        CardNumberCipher = CardNumberHash = null;
        IssuedOn = LostOn = ReplacedOn = CancelledOn = null;
        CancelReason = "";
    }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class ServiceCardConfiguration : IEntityTypeConfiguration<ServiceCard>
{
    public void Configure(EntityTypeBuilder<ServiceCard> b)
    {
        b.ToTable("service_cards");
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.CardNumberCipher).HasMaxLength(100);
        b.Property(c => c.CardNumberHash).HasMaxLength(64);
        b.HasIndex(c => c.CardNumberHash).IsUnique();
        b.Property(c => c.Branch).HasMaxLength(100);
        b.Property(c => c.CancelReason).HasMaxLength(200);
        b.Property(c => c.Version).IsConcurrencyToken();
        // One card per person: the member record it hangs on is unique (a transfer moves it to the new record).
        b.HasIndex(c => c.MemberId).IsUnique();
        b.HasIndex(c => c.Status);
        b.HasOne(c => c.Member).WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
