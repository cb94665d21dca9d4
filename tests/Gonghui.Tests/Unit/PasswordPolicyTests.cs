using Gonghui.Features.Accounts;
using Gonghui.Infrastructure.Security;
using Gonghui.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gonghui.Tests.Unit;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Policy = new(new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

    [Theory]
    [InlineData("Abcdefgh1", false)] // 9 characters
    [InlineData("Abcdefgh12", true)] // 10, three classes
    [InlineData("abcdefgh12", false)] // two classes
    [InlineData("abcdefgh1!", true)] // lower, digit, symbol
    [InlineData("Password123!", false)] // among the commonest
    [InlineData("Admin@123456", false)]
    [InlineData("Xq7#mountain", true)]
    [InlineData("MyLogin#2026", false)] // contains the login
    public async Task Ten_characters_three_classes_not_common_not_the_login(string password, bool ok)
    {
        var result = await Policy.ValidateAsync(null!, new User { UserName = "mylogin" }, password);
        Assert.Equal(ok, result.Succeeded);
    }
}
