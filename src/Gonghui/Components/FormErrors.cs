using AntDesign;
using Gonghui.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Gonghui.Components;

/// <summary>
/// A form's refusal as the clerk should see it: each field's reason beside that field (the form item red, its help
/// the reason), and in the alert above only what no field of the form can show (a rule broken, a stale version, a
/// field the form does not have).
/// </summary>
public sealed class FormErrors
{
    private Dictionary<string, string[]> byField = [];
    private string? summary;

    /// <summary>The alert's text: what the fields do not show; null when there is none.</summary>
    public string? Summary => summary;

    public void Clear()
    {
        byField = [];
        summary = null;
    }

    /// <summary>Takes a failed outcome; <paramref name="fields"/> are the fields this form shows (the API's names).</summary>
    public void From<T>(Outcome<T> outcome, IStringLocalizer t, params string[] fields)
    {
        Clear();
        if (outcome.Kind == OutcomeKind.Invalid && outcome.Errors is { } errors)
        {
            var all = errors.ToDictionary();
            byField = all.Where(e => fields.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
            var rest = all.Where(e => !byField.ContainsKey(e.Key)).SelectMany(e => e.Value).ToList();
            summary = rest.Count > 0 ? string.Join("；", rest) : null;
        }
        else
        {
            summary = outcome.Message(t);
        }
    }

    public FormValidateStatus Status(string field) => byField.ContainsKey(field) ? FormValidateStatus.Error : FormValidateStatus.Default;

    /// <summary>The field's reasons, else the help it had (a hint that stays when the field is right).</summary>
    public string? Help(string field, string? hint = null) => byField.TryGetValue(field, out var messages) ? string.Join("；", messages) : hint;
}
