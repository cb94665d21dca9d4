using System.Collections.Concurrent;
using Gonghui.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Infrastructure.Settings;

/// <summary>
/// The district's parameters as every module reads them: the module's configuration section (the plan's defaults, or a
/// deployment's) with the values set in the console over it. Read at the moment of use, never held: a console page
/// lives for a whole circuit and must see a change made on another page. Values are cached for the process and dropped
/// when the console writes one; a minute bounds how long another server process may read an old value.
/// </summary>
public sealed class DistrictSettings(IConfiguration configuration, IServiceScopeFactory scopes, IEnumerable<SettingDefinition> definitions, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private Snapshot? current;
    private Snapshot? kept;

    /// <summary>Stored values and the sections bound from them: a section is bound from its own snapshot, so a read racing a write never keeps an old value past the write.</summary>
    private sealed record Snapshot(IReadOnlyDictionary<string, string> Values, DateTimeOffset LoadedAt)
    {
        public ConcurrentDictionary<Type, object> Bound { get; } = new();
    }

    public IReadOnlyList<SettingDefinition> Definitions { get; } = definitions.OrderBy(d => d.Rule, RuleOrder.Instance).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();

    public T Get<T>() where T : class, IDistrictSettingsSection, new()
    {
        var snapshot = Fresh();
        return (T)snapshot.Bound.GetOrAdd(typeof(T), _ =>
            new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(snapshot.Values.Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value))).Build()
                .GetSection(T.Section).Get<T>() ?? new T());
    }

    /// <summary>The value in force for a key: the district's, else the configuration's, else the plan's.</summary>
    public string ValueOf(SettingDefinition definition)
    {
        return Fresh().Values.TryGetValue(definition.Key, out var v) ? v : DefaultOf(definition);
    }

    /// <summary>The value without the district's: the configuration's, else the plan's.</summary>
    public string DefaultOf(SettingDefinition definition) => configuration[definition.Key] ?? definition.PlanDefault;

    public SettingDefinition? Find(string key) => Definitions.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every parameter's value in force now, by key: what a closed year keeps.</summary>
    public IReadOnlyDictionary<string, string> InForce() => Definitions.ToDictionary(d => d.Key, ValueOf);

    /// <summary>The settings as a closed year kept them: these values, never reloaded (configuration still gives what they lack).</summary>
    public DistrictSettings Kept(IReadOnlyDictionary<string, string> values) =>
        new(configuration, scopes, Definitions, clock) { kept = new Snapshot(new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase), DateTimeOffset.MaxValue) };

    /// <summary>After a write: the next read loads the stored values again.</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            current = null;
        }
    }

    private Snapshot Fresh()
    {
        if (kept is not null)
        {
            return kept;
        }

        lock (gate)
        {
            if (current is not null && clock.GetUtcNow() - current.LoadedAt < Lifetime)
            {
                return current;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<GonghuiDbContext>();
            var values = db.Set<DistrictSetting>().AsNoTracking().Select(s => new { s.Key, s.Value }).ToList().ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
            if (current is not null && current.Values.Count == values.Count && !values.Any(kv => !current.Values.TryGetValue(kv.Key, out var v) || v != kv.Value))
            {
                return current = current with { LoadedAt = clock.GetUtcNow() };
            }

            return current = new Snapshot(values, clock.GetUtcNow());
        }
    }

    /// <summary>R1 … R18, then L1 … L10, by number.</summary>
    private sealed class RuleOrder : IComparer<string>
    {
        public static readonly RuleOrder Instance = new();

        public int Compare(string? x, string? y) => Key(x).CompareTo(Key(y));

        private static (int, int) Key(string? rule) =>
            rule is { Length: > 1 } r && int.TryParse(r.AsSpan(1), out var n) ? (r[0] == 'R' ? 0 : 1, n) : (2, 0);
    }
}

public static class DistrictSettingsSetup
{
    public static IServiceCollection AddSettingDefinitions(this IServiceCollection services, IEnumerable<SettingDefinition> definitions)
    {
        foreach (var d in definitions)
        {
            services.AddSingleton(d);
        }

        return services;
    }
}
