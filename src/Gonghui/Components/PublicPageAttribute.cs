namespace Gonghui.Components;

/// <summary>
/// A page of the public portal: the shell renders it with the portal's own light stylesheet and no script, apart from
/// the staff console's (no component library, no Blazor circuit), for a phone on a slow network.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicPageAttribute : Attribute;
