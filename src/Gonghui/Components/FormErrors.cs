using AntDesign;
using Gonghui.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Gonghui.Components;

/// <summary>
/// A form's refusal as the clerk should see it: each field's reason beside that field (the form item red, its help
/// the reason), and in the alert above only what no field of the form shows (a rule broken, a stale version, a field
/// the form does not have). The form's <see cref="FormField"/>s say which fields it shows.
/// </summary>
public sealed class FormErrors
{
    private readonly HashSet<string> shown = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, string[]> byField = [];
    private string? summary;

    /// <summary>The alert's text: what the fields do not show; null when there is none.</summary>
    public string? Summary => summary;

    public void Clear()
    {
        byField = [];
        summary = null;
    }

    /// <summary>Takes an outcome: a failure's reasons each to the field that shows it, the rest to the summary.</summary>
    public void From<T>(Outcome<T> outcome, IStringLocalizer t)
    {
        Clear();
        if (outcome.IsOk)
        {
            return;
        }

        if (outcome.Kind == OutcomeKind.Invalid && outcome.Errors is { } errors)
        {
            var all = errors.ToDictionary();
            byField = all.Where(e => shown.Any(field => Owns(field, e.Key))).ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
            var rest = all.Where(e => !byField.ContainsKey(e.Key)).SelectMany(e => e.Value).ToList();
            summary = rest.Count > 0 ? string.Join("；", rest) : null;
        }
        else
        {
            summary = outcome.Message(t);
        }
    }

    /// <summary>A reason found before saving (a code already taken, checked as it is typed); null clears it.</summary>
    public void Set(string field, string? reason)
    {
        byField = byField.Where(e => !Owns(field, e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
        if (reason is not null)
        {
            byField[field] = [reason];
        }
    }

    public FormValidateStatus Status(string field) => byField.Keys.Any(key => Owns(field, key)) ? FormValidateStatus.Error : FormValidateStatus.Default;

    /// <summary>The field's reasons, else the help it had (a hint that stays when the field is right).</summary>
    public string? Help(string field, string? hint = null)
    {
        var messages = byField.Where(e => Owns(field, e.Key)).SelectMany(e => e.Value).ToList();
        return messages.Count > 0 ? string.Join("；", messages) : hint;
    }

    internal void Show(string field) => shown.Add(field);

    internal void Hide(string field) => shown.Remove(field);

    /// <summary>A list's field owns its rows' reasons too ("participants" shows "participants[2].name").</summary>
    private static bool Owns(string field, string key) =>
        key.Equals(field, StringComparison.OrdinalIgnoreCase)
        || (key.Length > field.Length && key.StartsWith(field, StringComparison.OrdinalIgnoreCase) && key[field.Length] is '[' or '.');
}
