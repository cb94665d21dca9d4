using System.Globalization;

namespace Gonghui.Infrastructure.Localization;

/// <summary>
/// Work done for someone outside their request (an import, its sweep) speaks their language for a while: the UI culture is
/// set until disposed, then put back.
/// </summary>
public readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo previous;

    public CultureScope(string culture)
    {
        previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
    }

    public void Dispose() => CultureInfo.CurrentUICulture = previous;
}
