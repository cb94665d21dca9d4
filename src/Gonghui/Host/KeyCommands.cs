using System.CommandLine;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Host;

/// <summary><c>key fingerprint</c> and <c>key rotate</c>: the personal-data key of this database.</summary>
internal static class KeyCommands
{
    public static Command Key(BackupCommands.Runner run)
    {
        var fingerprint = new Command("fingerprint", "Print the fingerprint of the personal-data key and where it is kept (never the key)");
        fingerprint.SetAction((parse, ct) => run(parse, async (sp, _) =>
        {
            // The verb's start already refused a key that is not the database's: what it found is what the database expects.
            var keys = sp.GetRequiredService<Keys>();
            var recorded = await sp.GetRequiredService<KeyCheck>().RecordedAsync(KeyFingerprint.PersonalData, ct);
            Console.WriteLine($"personal-data key {recorded} at {keys.PersonalData.Source}");
            return 0;
        }, ct));
        return new Command("key", "The personal-data key: its fingerprint, and rotating it") { fingerprint, Rotate(run) };
    }

    private static Command Rotate(BackupCommands.Runner run)
    {
        var cmd = new Command("rotate", "Re-seal and re-hash all personal data under a new key (stop the server first; resumable: run it again after a stop)");
        cmd.SetAction((parse, ct) => run(parse, async (sp, _) =>
        {
            KeyRotation.Result result;
            using (var progress = new ConsoleProgress())
            {
                result = await sp.GetRequiredService<KeyRotation>().RunAsync(progress, ct);
            }

            Console.WriteLine($"personal-data key rotated: {result.OldFingerprint} -> {result.NewFingerprint}; {result.Resealed} values re-sealed"
                + (result.AlreadyNew > 0 ? $", {result.AlreadyNew} already under the new key" : ""));
            Console.WriteLine($"back up the new key ({sp.GetRequiredService<Keys>().PersonalData.FilePath}) now: backups taken before this need the old one");
            return 0;
        }, ct));
        return cmd;
    }
}
