using Gonghui.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Security;

/// <summary>At least 10 characters from three of four classes, and none of the commonest passwords.</summary>
public sealed class PasswordPolicy(IStringLocalizer<SharedResource> t) : IPasswordValidator<User>
{
    public const int MinLength = 10;

    // The commonest leaked passwords that are long enough to pass the length rule, plus local favourites.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "12345678910", "123456789a", "a123456789", "qwertyuiop", "1q2w3e4r5t", "1qaz2wsx3edc",
        "password12", "password123", "password1!", "passw0rd12", "p@ssw0rd123", "Password123!", "P@ssw0rd12",
        "iloveyou123", "woaini1314", "woaini520", "abc1234567", "abcd123456", "qwerty1234", "qwerty12345",
        "admin12345", "admin123456", "Admin@12345", "Admin@123456", "administrator", "welcome123", "Welcome@123",
        "zxcvbnm123", "asdfghjkl1", "1qaz@WSX3edc", "1qaz!QAZ2wsx", "Aa123456789", "Aa12345678", "aa123456789",
        "gonghui123", "Gonghui@123", "Gonghui2026", "Beijing2026", "Beijing@123", "china12345", "China@12345",
        "Qwer1234!@", "Abc@123456", "abc@123456", "Zxc@123456", "Huawei@123", "Huawei12#$", "test123456", "Test@12345",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        password ??= "";
        var errors = new List<IdentityError>();
        var classes = (password.Any(char.IsLower) ? 1 : 0) + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        if (password.Length < MinLength || classes < 3)
        {
            errors.Add(new IdentityError { Code = "PasswordWeak", Description = t["Password.Weak"] });
        }

        if (Common.Contains(password))
        {
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = t["Password.Common"] });
        }

        if (user.UserName is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsLogin", Description = t["Password.ContainsLogin"] });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
