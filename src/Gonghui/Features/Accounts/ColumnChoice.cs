using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Features.Accounts;

/// <summary>
/// The columns a user hid in one console table, kept on the server so the choice follows them to any computer. The
/// hidden columns are kept, not the shown ones, so a column added later shows until its user hides it.
/// </summary>
[DistrictWide("a user's own table layout: read and written for the signed-in account only (ChooseColumns filters by it)")]
[NotAudited]
public sealed class ColumnChoice
{
    public const int TableMaxLength = 64;
    public const int HiddenMaxLength = 1000;

    public string UserId { get; set; } = "";

    public string Table { get; set; } = "";

    /// <summary>The hidden columns' keys, comma-separated (keys are camelCase names).</summary>
    public string Hidden { get; set; } = "";
}

internal sealed class ColumnChoiceConfiguration : IEntityTypeConfiguration<ColumnChoice>
{
    public void Configure(EntityTypeBuilder<ColumnChoice> b)
    {
        b.ToTable("column_choices");
        b.HasKey(c => new { c.UserId, c.Table });
        b.Property(c => c.UserId).HasMaxLength(450);
        b.Property(c => c.Table).HasMaxLength(ColumnChoice.TableMaxLength);
        b.Property(c => c.Hidden).HasMaxLength(ColumnChoice.HiddenMaxLength);
        b.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
