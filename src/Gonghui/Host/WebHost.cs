using System.Text.Json;
using System.Text.Json.Serialization;
using Gonghui.Components;
using Gonghui.Features.Accounts;
using Gonghui.Features.Assessment;
using Gonghui.Features.AuditLog;
using Gonghui.Features.Bargaining;
using Gonghui.Features.Coverage;
using Gonghui.Features.Deadlines;
using Gonghui.Features.DecisionMeetings;
using Gonghui.Features.DemocraticManagement;
using Gonghui.Features.Demo;
using Gonghui.Features.Enterprises;
using Gonghui.Features.Evaluations;
using Gonghui.Features.Home;
using Gonghui.Features.Imports;
using Gonghui.Features.InfoReports;
using Gonghui.Features.Congresses;
using Gonghui.Features.JointMeetings;
using Gonghui.Features.OpenAffairs;
using Gonghui.Features.Leadership;
using Gonghui.Features.Members;
using Gonghui.Features.Officers;
using Gonghui.Features.Organisation;
using Gonghui.Features.Representatives;
using Gonghui.Features.Stations;
using Gonghui.Features.Settings;
using Gonghui.Features.Training;
using Gonghui.Features.ServiceCards;
using Gonghui.Features.Services;
using Gonghui.Features.Assistance;
using Gonghui.Features.Portal;
using Gonghui.Features.WarningCases;
using Gonghui.Features.WorkersHomes;
using Gonghui.Features.WorkforceReports;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Localization;
using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace Gonghui.Host;

/// <summary>Composes the application: the web server for <c>serve</c>, and the same services for the admin verbs.</summary>
public static class WebHost
{
    public static WebApplication Build(string[] args, IDictionary<string, string?> overrides)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables("GONGHUI_");
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Configuration.AddCommandLine(args); // host switches (and a test host's settings) win over files and environment
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);

        var services = builder.Services;
        services.AddGonghuiDatabase();
        // Hosted services start in the order they are added: the schema first, before Data Protection's own service
        // reads its keys from it (on a new database it would find no table and log the failure).
        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<DatabaseInitializerService>();
        services.AddGonghuiSecurity();
        services.AddSecurityHeaders(builder.Configuration);
        services.AddGonghuiLocalization();
        services.AddScoped<Backups>();
        services.AddHostedService<Infrastructure.Audit.DailyAuditAnchor>();
        services.AddScoped<Problems>();
        services.AddProblemDetails();
        services.AddExceptionHandler<UnreadableRequests>();
        // An unreadable request is thrown in every environment, so that UnreadableRequests can say which field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        services.AddOpenApi(OpenApiShape.Configure);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        // Secure over HTTPS (a proxy's X-Forwarded-Proto counts), like the sign-in cookie; the framework's default is never.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);

        services.AddOrganisation().AddEnterprises().AddMembers().AddImports().AddOfficers().AddBargaining().AddDemocraticManagement().AddWorkforceReports().AddWarningCases().AddJointMeetings().AddDecisionMeetings().AddCongresses().AddOpenAffairs().AddEvaluations().AddRepresentatives().AddStations().AddWorkersHomes().AddServiceCards().AddServices().AddAssistance().AddPortal().AddInfoReports().AddScoped<ListDeadlines>().AddLeadership().AddTraining().AddAssessment().AddAccounts().AddAuditLog().AddDistrictSettings();
        services.AddSingleton<Infrastructure.Api.RecordPages>();
        services.AddSingleton<Infrastructure.Api.ChoosableTables>();
        services.AddScoped<Infrastructure.Files.AttachmentStore>().AddScoped<Infrastructure.Files.RecordDocuments>().AddSingleton<Infrastructure.Files.PdfFonts>().AddScoped<Infrastructure.Files.ListExport>();
        services.AddScoped<GetDashboard>();
        services.AddScoped<GetCoverage>();
        services.AddScoped<SeedDemo>();
        services.AddScoped<SeedDemoRoster>();
        services.AddScoped<SeedDemoBargaining>();
        services.AddScoped<SeedDemoMechanisms>();
        services.AddScoped<SeedDemoDemocracy>();
        services.AddScoped<SeedDemoProposals>();
        services.AddScoped<SeedDemoFrontline>();
        services.AddScoped<SeedDemoServiceCards>();
        services.AddScoped<SeedDemoServices>();
        services.AddScoped<SeedDemoAssistance>();
        services.AddScoped<SeedDemoPortal>();
        services.AddScoped<SeedDemoAssessment>();

        // Chinese text as itself in every page, not as entities six bytes a character: a phone on a slow network reads the portal.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SessionRevalidator>();
        services.AddScoped<CircuitHandler, ActorCircuitHandler>();
        services.AddScoped<CircuitConnection>();
        services.AddScoped<CircuitHandler>(provider => provider.GetRequiredService<CircuitConnection>());
        services.AddAntDesign();

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        // The API answers a bare status as problem details; a console address that leads nowhere gets a page in the
        // user's language, with the way home.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages().UseEmptyQueryValuesAsAbsent());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing after the status pages, so the re-executed request finds the not-found page's endpoint.
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseCurrentActor();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        // The reference reads this server's document and nothing else: no hosted AI chat, deployment offers or client
        // downloads that would send the API's shape, or a user, to a third party.
        app.MapScalarApiReference(o => o.WithTitle("Gonghui API").DisableAgent().HideDeveloperTools().HideClientButton()).AllowAnonymous();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

        var api = app.MapGroup("/api/v1").AddEndpointFilter<QueryBounds>();
        api.MapOrganisation();
        api.MapEnterprises();
        api.MapMembers();
        api.MapImports();
        api.MapOfficers();
        api.MapBargaining();
        api.MapDemocraticManagement();
        api.MapWorkforceReports();
        api.MapWarningCases();
        api.MapJointMeetings();
        api.MapCongresses();
        api.MapOpenAffairs();
        api.MapEvaluations();
        api.MapRepresentatives();
        api.MapStations();
        api.MapServiceCards();
        api.MapServices();
        api.MapAssistance();
        api.MapPortal();
        api.MapWorkersHomes();
        api.MapLeadership();
        api.MapTraining();
        api.MapAssessment();
        api.MapDecisionMeetings();
        api.MapInfoReports();
        ListDeadlines.Map(api);
        api.MapAccounts();
        api.MapAuditLog();
        api.MapSettings();
        GetDashboard.Map(api);
        GetCoverage.Map(api);

        app.MapAccountForms();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    public static void ConfigureJson(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        o.Converters.Add(new NoNulStrings());
        o.Converters.Add(new NoNullItems());
    }
}
