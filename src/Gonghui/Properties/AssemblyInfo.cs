// Chinese is the neutral language; the assembly is named "gonghui", so the localizer is told the namespace its resources live under.
[assembly: System.Resources.NeutralResourcesLanguage("zh-CN")]
[assembly: Microsoft.Extensions.Localization.RootNamespace("Gonghui")]
