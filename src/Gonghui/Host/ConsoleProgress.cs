namespace Gonghui.Host;

/// <summary>
/// A long verb's progress on standard error: one line that updates on a terminal; in a log (standard error
/// redirected), a line at most every five seconds, and the last one at the end, so a long run shows it is alive
/// without hundreds of lines.
/// </summary>
internal sealed class ConsoleProgress : IProgress<string>, IDisposable
{
    private const long LogEveryMilliseconds = 5000;
    private readonly bool terminal = !Console.IsErrorRedirected;
    private long lastLogged = Environment.TickCount64;
    private string? unlogged;
    private int width;

    // Reported in order from the verb's own flow: no Progress<T>, which posts each report to the thread pool and
    // lets them overtake each other.
    public void Report(string value)
    {
        if (terminal)
        {
            Console.Error.Write("\r" + value.PadRight(width));
            width = value.Length;
        }
        else if (Environment.TickCount64 - lastLogged >= LogEveryMilliseconds)
        {
            Console.Error.WriteLine(value);
            lastLogged = Environment.TickCount64;
            unlogged = null;
        }
        else
        {
            unlogged = value;
        }
    }

    public void Dispose()
    {
        if (terminal && width > 0)
        {
            Console.Error.WriteLine();
        }
        else if (unlogged is not null)
        {
            Console.Error.WriteLine(unlogged);
        }
    }
}
