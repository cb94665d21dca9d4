namespace Gonghui.Components;

public sealed record SelectOption<TValue>(TValue Value, string Label);
