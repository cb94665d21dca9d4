using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gonghui.Infrastructure.Data;

/// <summary>A text longer than its column, caught before the database sees it.</summary>
public sealed class TextTooLongException(string field, int max) : Exception($"{field} is longer than {max} characters")
{
    /// <summary>The property as the API names it (camelCase).</summary>
    public string Field { get; } = field;

    public int Max { get; } = max;
}

/// <summary>
/// Every text column's limit, held on every save on both databases: PostgreSQL would refuse the row with an error the
/// caller cannot read, SQLite would store 100,000 characters in a column of 200. Validators check their fields first and
/// name them in the caller's words; this is the backstop for a field one of them forgot, answered 400 naming it.
/// </summary>
public static class TextLimits
{
    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && property.Metadata.GetMaxLength() is int max && text.Length > max
                    && (entry.State == EntityState.Added || property.IsModified))
                {
                    throw new TextTooLongException(JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name), max);
                }
            }
        }
    }
}
