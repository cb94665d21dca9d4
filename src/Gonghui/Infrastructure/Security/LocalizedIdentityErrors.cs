using Gonghui.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Gonghui.Infrastructure.Security;

/// <summary>Identity's own errors in the user's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> t) : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = t["Account.DuplicateLogin", userName] };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = t["Account.InvalidLogin"] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = t["Account.WrongPassword"] };

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = "PasswordWeak", Description = t["Password.Weak"] };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = "PasswordWeak", Description = t["Password.Weak"] };
}
