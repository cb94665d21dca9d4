using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Settings;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gonghui.Infrastructure.Security;

public static class SecuritySetup
{
    private const string SmartScheme = "Gonghui";

    public static IServiceCollection AddGonghuiSecurity(this IServiceCollection services)
    {
        services.AddScoped<CurrentActor>();
        services.AddSingleton<LastUse>().AddHostedService<LastUseWriter>();
        services.AddScoped<ActorResolver>();
        services.AddSingleton<Keys>();
        services.AddSingleton(sp => new Audit.AuditChain(() => sp.GetRequiredService<Keys>().Audit.Load()));
        services.AddSingleton<Audit.AuditAnchors>();
        services.AddScoped<KeyCheck>();
        services.AddScoped<KeyRotation>();
        services.AddSingleton<LookupLimiter>();
        services.AddScoped<IdentifierLookups>();
        services.AddSettingDefinitions(PersonalDataSettings.Definitions);
        // Resolved after the key check that every verb and the server run first (DatabaseInitializer), which makes or refuses the key.
        services.AddSingleton(sp => new PersonalDataProtector(sp.GetRequiredService<Keys>().PersonalData.Load()));

        services.AddIdentityCore<User>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<GonghuiDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<GonghuiClaimsFactory>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.Configure<PasswordHasherOptions>(o => o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3);
        services.Replace(ServiceDescriptor.Scoped<IUserStore<User>, SealedUserStore>());

        services.AddDataProtection().SetApplicationName("gonghui").PersistKeysToDbContext<GonghuiDbContext>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<Keys>((o, keys) => o.XmlEncryptor = new KeyRingEncryptor(keys));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            // Between the password and the second factor: the account only, for five minutes, and no session.
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, o =>
            {
                o.Cookie.Name = "gonghui.2fa";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                o.SlidingExpiration = false;
            })
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "gonghui.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = SessionValidator.IdleTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SessionValidator.ValidateAsync,
                    OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden),
                };
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.ReadOrganisation, p => p.RequireRole(Roles.DistrictAdmin, Roles.DistrictStaff, Roles.UnionAdmin, Roles.UnionStaff))
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.DistrictAdmin, Roles.UnionAdmin))
            .AddPolicy(Policies.SetDistrictSettings, p => p.RequireRole(Roles.DistrictAdmin))
            .AddPolicy(Policies.WriteRegistry, p => p.RequireRole(Roles.DistrictAdmin, Roles.DistrictStaff, Roles.UnionAdmin, Roles.UnionStaff))
            .AddPolicy(Policies.ReadAudit, p => p.RequireRole(Roles.DistrictAdmin, Roles.Auditor));
        return services;
    }

    /// <summary>Programs get a status code; browsers get the sign-in page.</summary>
    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Sets <see cref="CurrentActor"/> for each request once it is authenticated.</summary>
    public static IApplicationBuilder UseCurrentActor(this IApplicationBuilder app) =>
        app.Use(async (ctx, next) =>
        {
            var resolver = ctx.RequestServices.GetRequiredService<ActorResolver>();
            await resolver.ResolveAsync(ctx.User, ctx.Connection.RemoteIpAddress?.ToString(), ctx.RequestAborted);
            await next(ctx);
        });
}
