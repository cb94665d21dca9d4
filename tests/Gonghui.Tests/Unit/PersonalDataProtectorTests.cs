using System.Security.Cryptography;
using Gonghui.Infrastructure.Security;
using Microsoft.Extensions.Configuration;

namespace Gonghui.Tests.Unit;

public sealed class PersonalDataProtectorTests
{
    private static readonly PersonalDataProtector Protector = new(RandomNumberGenerator.GetBytes(PersonalDataProtector.KeyLength));

    [Fact]
    public void Round_trips_and_never_repeats_a_ciphertext()
    {
        var a = Protector.Encrypt("11010519491231002X");
        var b = Protector.Encrypt("11010519491231002X");
        Assert.NotEqual(a, b);
        Assert.DoesNotContain("110105", a, StringComparison.Ordinal);
        Assert.Equal("11010519491231002X", Protector.Decrypt(a));
    }

    [Fact]
    public void A_changed_ciphertext_is_refused()
    {
        var bytes = Convert.FromBase64String(Protector.Encrypt("13812345678"));
        bytes[^1] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => Protector.Decrypt(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void The_search_hash_is_stable_and_keyed()
    {
        Assert.Equal(Protector.Hash("13812345678"), Protector.Hash("13812345678"));
        var other = new PersonalDataProtector(RandomNumberGenerator.GetBytes(PersonalDataProtector.KeyLength));
        Assert.NotEqual(Protector.Hash("13812345678"), other.Hash("13812345678"));
    }

    [Fact]
    public void A_key_file_is_made_once_never_over_another_and_kept_private()
    {
        var file = Path.Combine(Path.GetTempPath(), $"gonghui-key-{Guid.NewGuid():N}", "personal-data.key");
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PersonalData:KeyFile"] = file }).Build();
        var keys = new Keys(config, new Gonghui.Infrastructure.Data.DataFolder(config, new Gonghui.Infrastructure.Data.DatabaseOptions()));
        Assert.Null(keys.PersonalData.TryLoad());
        var first = new PersonalDataProtector(keys.PersonalData.Generate());
        Assert.Throws<IOException>(() => keys.PersonalData.Generate());
        var second = new PersonalDataProtector(keys.PersonalData.Load());
        Assert.Equal("1", second.Decrypt(first.Encrypt("1")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
