using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Jobs;

/// <summary>
/// An uploaded roster waiting for its import, in the data folder's <c>imports/</c>, with a lock file held by the process
/// that will run it (an exclusive OS lock, released by the system when that process dies, even by <c>kill -9</c>). The
/// roster holds personal data in the clear: it is deleted when its import ends, or by the next verb or server to start
/// (<see cref="SweepAsync"/>) once no process holds its lock.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private const string LockSuffix = ".lock";

    /// <summary>The suffix of the job's staging database beside its upload (<see cref="ImportRunner"/>).</summary>
    public const string StagingSuffix = ".staging";
    private readonly FileStream held;

    private StagedFile(string path)
        : this(path, new FileStream(path + LockSuffix, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
    {
    }

    private StagedFile(string path, FileStream held)
    {
        Path = path;
        this.held = held;
    }

    public string Path { get; }

    /// <summary>The file's name, as the job records it.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    public static StagedFile Create(DataFolder folder, string extension) =>
        new(System.IO.Path.Combine(folder.Imports, $"{Guid.NewGuid():N}{extension}"));

    public void Dispose()
    {
        File.Delete(Path);
        held.Dispose();
        File.Delete(Path + LockSuffix);
    }

    /// <summary>
    /// Jobs left queued or running by a process that no longer holds their lock are marked failed, and every staged file
    /// no process holds is deleted, but for the staging files of jobs still writing (<see cref="ImportRunner.ResumeStrandedAsync"/>
    /// finishes them): run by every verb and the server at start.
    /// </summary>
    public static async Task SweepAsync(GonghuiDbContext db, DataFolder folder, IStringLocalizerFactory localizers, CancellationToken ct)
    {
        var imports = folder.Imports;
        var stranded = await db.Set<ImportJob>().IgnoreQueryFilters().Where(j => j.Status == ImportStatus.Queued || j.Status == ImportStatus.Running).ToListAsync(ct);
        foreach (var job in stranded.Where(j => j.StagedAs is null || IsOrphan(System.IO.Path.Combine(imports, j.StagedAs))))
        {
            using var culture = new CultureScope(job.Culture);
            job.Status = ImportStatus.Failed;
            job.FinishedAt = DateTime.UtcNow;
            job.Message = localizers.Create(typeof(SharedResource))["Import.Interrupted"];
        }

        await db.SaveChangesAsync(ct);
        // A job's staging file goes with its upload's lock, and stays while the job has rows in it to write.
        var writing = (await db.Set<ImportJob>().IgnoreQueryFilters().Where(j => j.Status == ImportStatus.Writing && j.StagedAs != null).Select(j => j.StagedAs!).ToListAsync(ct))
            .Select(name => System.IO.Path.Combine(imports, name + StagingSuffix)).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(imports).Where(f => !f.EndsWith(LockSuffix, StringComparison.Ordinal) && !writing.Contains(f)
            && IsOrphan(f.EndsWith(StagingSuffix, StringComparison.Ordinal) ? f[..^StagingSuffix.Length] : f)))
        {
            File.Delete(file);
            File.Delete(file + LockSuffix);
        }

        foreach (var lockFile in Directory.EnumerateFiles(imports, "*" + LockSuffix).Where(l => !File.Exists(l[..^LockSuffix.Length]) && IsOrphan(l[..^LockSuffix.Length])))
        {
            File.Delete(lockFile);
        }
    }

    /// <summary>Whether no process holds the file's lock (taking it for a moment proves it).</summary>
    private static bool IsOrphan(string path)
    {
        using var probe = TryLock(path);
        return probe is not null;
    }

    /// <summary>
    /// A stranded job's staged file, its lock taken by this process (which finishes the job, then disposes it, deleting
    /// what is left), or null while another process holds it.
    /// </summary>
    public static StagedFile? TryAdopt(string path) => TryLock(path) is { } held ? new StagedFile(path, held) : null;

    private static FileStream? TryLock(string path)
    {
        try
        {
            return new FileStream(path + LockSuffix, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
