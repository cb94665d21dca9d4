using Gonghui.Host;

return await Cli.RunAsync(args);

/// <summary>The entry point, named so the test host can find it.</summary>
public partial class Program;
