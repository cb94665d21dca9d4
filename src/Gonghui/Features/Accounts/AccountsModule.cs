using Gonghui.Infrastructure.Settings;
using Gonghui.Infrastructure.Security;

namespace Gonghui.Features.Accounts;

public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) =>
        SignInLimits.AddSignInLimits(services).AddSettingDefinitions(TwoFactorSettings.Definitions).AddScoped<AccountScope>()
            .AddScoped<SignInSecondFactor>()
            .AddScoped<EnrolTwoFactor>()
            .AddScoped<EnrolTwoFactor.Me>()
            .AddScoped<ResetTwoFactor>()
            .AddScoped<UserInputValidator>()
            .AddScoped<SignIn>()
            .AddScoped<SignOut>()
            .AddScoped<ListUsers>()
            .AddScoped<CreateUser>()
            .AddScoped<UpdateUser>()
            .AddScoped<ResetPassword>()
            .AddScoped<ChangePassword>()
            .AddScoped<GetMe>()
            .AddScoped<ChooseColumns>()
            .AddScoped<CreateApiToken>()
            .AddScoped<ListApiTokens>()
            .AddScoped<RevokeApiToken>();

    public static void MapAccounts(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Accounts").RequireAuthorization(Policies.SignedIn);
        GetMe.Map(account);
        ChooseColumns.Map(account);
        ChangePassword.Map(account);
        EnrolTwoFactor.Map(account);

        var tokens = api.MapGroup("/tokens").WithTags("Accounts").RequireAuthorization(Policies.SignedIn);
        ListApiTokens.Map(tokens);
        CreateApiToken.Map(tokens);
        RevokeApiToken.Map(tokens);

        var users = api.MapGroup("/users").WithTags("Accounts").RequireAuthorization(Policies.Administer);
        ListUsers.Map(users);
        CreateUser.Map(users);
        UpdateUser.Map(users);
        ResetPassword.Map(users);
        ResetTwoFactor.Map(users);
    }
}
