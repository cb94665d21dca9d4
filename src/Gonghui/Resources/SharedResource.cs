namespace Gonghui.Resources;

/// <summary>Anchor for the one set of user-facing strings: <c>SharedResource.resx</c> (zh-CN, the neutral language) and <c>SharedResource.en.resx</c>.</summary>
public sealed class SharedResource;
