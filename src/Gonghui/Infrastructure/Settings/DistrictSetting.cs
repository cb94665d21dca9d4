using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gonghui.Infrastructure.Settings;

/// <summary>
/// One parameter the district has set in the console, overriding the plan's (or the configuration's) default. Its key is
/// the configuration path (<c>JointMeetings:Minimum</c>); a row's changes are audited like any record's.
/// </summary>
[DistrictWide("district parameters: every role reads them; only district administrators change them")]
public sealed class DistrictSetting : IVersioned
{
    public long Id { get; set; }

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";

    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class DistrictSettingConfiguration : IEntityTypeConfiguration<DistrictSetting>
{
    public void Configure(EntityTypeBuilder<DistrictSetting> b)
    {
        b.ToTable("district_settings");
        b.Property(s => s.Key).HasMaxLength(100);
        b.HasIndex(s => s.Key).IsUnique();
        b.Property(s => s.Value).HasMaxLength(1000);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}
