using Gonghui.Infrastructure.Data;
using Microsoft.Extensions.Configuration;

namespace Gonghui.Tests.Unit;

public sealed class DataFolderTests
{
    private static DataFolder In(string root, string? connection = null) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DataFolder.Setting] = root }).Build(),
        new DatabaseOptions { Connection = connection });

    [Fact]
    public void The_folder_is_the_database_files_unless_named_never_the_working_directory()
    {
        var noFolder = new ConfigurationBuilder().Build();
        Assert.Equal("/srv/gonghui", new DataFolder(noFolder, new DatabaseOptions { Connection = "Data Source=/srv/gonghui/gonghui.db" }).Root);
        Assert.Equal(DataFolder.PostgresDefault, new DataFolder(noFolder, new DatabaseOptions { Provider = DatabaseProvider.Postgres, Connection = "Host=x" }).Root);
        Assert.Equal("/srv/elsewhere", In("/srv/elsewhere", "Data Source=/srv/gonghui/gonghui.db").Root);
    }

    [Fact]
    public void Files_others_could_read_are_named_for_the_warning()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Directory.CreateTempSubdirectory("gonghui-folder-").FullName;
        try
        {
            File.SetUnixFileMode(root, DataFolder.OwnerOnlyFolder);
            var folder = In(root);
            var keys = folder.Keys;
            var open = Path.Combine(keys, "readable.key");
            File.WriteAllText(open, "x");
            File.SetUnixFileMode(open, DataFolder.OwnerOnlyFile | UnixFileMode.OtherRead);
            var closed = Path.Combine(keys, "closed.key");
            File.WriteAllText(closed, "x");
            File.SetUnixFileMode(closed, DataFolder.OwnerOnlyFile);
            Assert.Equal(DataFolder.OwnerOnlyFolder, File.GetUnixFileMode(keys));
            Assert.Equal([open], folder.WiderThanOwner([]));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
