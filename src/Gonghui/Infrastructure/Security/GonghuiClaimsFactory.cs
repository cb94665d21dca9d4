using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gonghui.Infrastructure.Security;

/// <summary>Adds the account's union and display name to the principal; the union's path is looked up per request.</summary>
public sealed class GonghuiClaimsFactory(UserManager<User> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(GonghuiClaims.DisplayName, user.DisplayName));
        if (user.UnionId is long unionId)
        {
            identity.AddClaim(new Claim(GonghuiClaims.UnionId, unionId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
