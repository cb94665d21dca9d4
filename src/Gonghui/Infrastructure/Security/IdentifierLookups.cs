using System.Threading.RateLimiting;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Settings;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Security;

/// <summary>
/// Look-ups by a whole identifier (an ID number, a phone): each is a guess an attacker could repeat to undo a mask, so
/// each is limited per account (<see cref="PersonalDataSettings.LookupsPerMinute"/>, a sliding minute) and audited
/// with who asked, the keyed hash asked for (never the value) and how many records it found.
/// </summary>
public sealed class IdentifierLookups(GonghuiDbContext db, CurrentActor actor, DistrictSettings settings, LookupLimiter limiter, IStringLocalizer<SharedResource> t)
{
    /// <summary>Takes one look-up from the actor's allowance: null when it may go ahead, else the refusal (429 with <c>Retry-After</c>).</summary>
    public Outcome? Take()
    {
        if (actor.IsSystem)
        {
            return null;
        }

        var limit = settings.Get<PersonalDataSettings>().LookupsPerMinute;
        using var lease = limiter.Acquire(actor.UserId ?? actor.IpAddress ?? "anonymous", limit);
        if (lease.IsAcquired)
        {
            return null;
        }

        var after = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return Outcome.Limited(t["Lookup.Limited", limit, (int)Math.Ceiling(after.TotalSeconds)], after);
    }

    /// <summary>Queues the audit entry of a look-up, written by the caller's next save: who (the entry's actor), which keyed hash, how many found.</summary>
    public void Record(string entityType, IdentifierLookup lookup, int found, string? outcome = null) =>
        db.RecordEvent("look-up", entityType, null,
            $"{{\"by\":\"{lookup.Kind}\",\"hash\":\"{lookup.Hash}\",\"found\":{found}{(outcome is null ? "" : $",\"outcome\":\"{outcome}\"")}}}");
}

/// <summary>A search by a whole identifier: its kind (<c>id-number</c>, <c>phone</c>) and keyed hash.</summary>
public sealed record IdentifierLookup(string Kind, string Hash);

/// <summary>The per-account sliding windows of look-ups, for the process (the framework's rate limiter, partitioned by account and limit).</summary>
public sealed class LookupLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(string Account, int Limit)> limiter = PartitionedRateLimiter.Create<(string Account, int Limit), (string, int)>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, k => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, k.Item2),
            Window = TimeSpan.FromMinutes(1),
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        }));

    public RateLimitLease Acquire(string account, int limit) => limiter.AttemptAcquire((account, limit));

    public void Dispose() => limiter.Dispose();
}

/// <summary>The district's limit on look-ups by a whole identifier (configuration section <c>PersonalData</c> for its default).</summary>
public sealed record PersonalDataSettings : IDistrictSettingsSection
{
    public const int DefaultLookupsPerMinute = 30;

    public static string Section => "PersonalData";

    public static IEnumerable<SettingDefinition> Definitions =>
        [new("PersonalData:LookupsPerMinute", "PIPL", SettingKind.Count, DefaultLookupsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, 600)];

    /// <summary>Look-ups by a whole ID number or phone one account may make in a minute.</summary>
    public int LookupsPerMinute { get; init; } = DefaultLookupsPerMinute;
}
