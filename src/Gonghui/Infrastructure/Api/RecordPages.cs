using System.Globalization;

namespace Gonghui.Infrastructure.Api;

/// <summary>A kind of record's page in the console, declared by its module: <c>{0}</c> stands for the record's id.</summary>
public sealed record RecordPage(string EntityType, string Template);

/// <summary>Where a record is seen in the console (the audit log links its entries there); modules declare their pages.</summary>
public sealed class RecordPages(IEnumerable<RecordPage> pages)
{
    private readonly Dictionary<string, string> byType = pages.ToDictionary(p => p.EntityType, p => p.Template, StringComparer.Ordinal);

    /// <summary>The record's page, or null for a kind without one or an id that is not a record's number.</summary>
    public string? Of(string entityType, string? entityId) =>
        byType.TryGetValue(entityType, out var template) && long.TryParse(entityId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? string.Format(CultureInfo.InvariantCulture, template, id)
            : null;
}

public static class RecordPageRegistration
{
    /// <summary>Declares the console page of records of <typeparamref name="T"/> (e.g. <c>/mechanisms/joint-meetings?open={0}</c>).</summary>
    public static IServiceCollection AddRecordPage<T>(this IServiceCollection services, string template) =>
        services.AddSingleton(new RecordPage(typeof(T).Name, template));
}
