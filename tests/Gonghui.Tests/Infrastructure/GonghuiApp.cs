using Gonghui.Features.Organisation;
using System.Net.Http.Headers;
using Gonghui.Features.Accounts;
using Gonghui.Features.Demo;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gonghui.Tests.Infrastructure;

/// <summary>The whole application on a real database, seeded with the demo district once per fixture.</summary>
public abstract class GonghuiApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string> tokens = [];

    public abstract Provider Provider { get; }

    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(Provider);
        _ = Server; // starts the host, which migrates
        var used = Services.GetRequiredService<DatabaseOptions>();
        Assert.True(used.Connection == Database.Connection, $"the host is not on the test database but on {used.Provider} {used.Connection}");
        await InScopeAsync(sp => sp.GetRequiredService<SeedDemo>().HandleAsync(2015, CancellationToken.None));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:Connection", Database.Connection);
        builder.UseSetting("Database:StrictQueries", "true");
        builder.UseSetting("Data:Folder", Database.DataFolder);
        builder.UseSetting("PersonalData:Key", TestDatabase.PersonalDataKey);
        // The tests all come from one address: its limit is tried on an instance of its own (SignInTests).
        builder.UseSetting("SignIn:PerAddressPerMinute", "100000");
        builder.UseSetting("Portal:PerAddressPerMinute", "100000");
    }

    /// <summary>Runs work with the application's services, acting as the system (unscoped).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("test");
        return await work(scope.ServiceProvider);
    }

    public Task<T> DbAsync<T>(Func<GonghuiDbContext, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<GonghuiDbContext>()));

    public Task<long> UnionIdAsync(string code) =>
        DbAsync(db => db.Unions.IgnoreQueryFilters().Where(u => u.Code == code).Select(u => u.Id).FirstAsync());

    /// <summary>An API client signed in with a personal token of the given demo account.</summary>
    public async Task<HttpClient> ClientAsAsync(string login, string? language = null)
    {
        if (!tokens.TryGetValue(login, out var token))
        {
            token = await NewTokenAsync(login);
            tokens[login] = token;
        }

        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public Task<string> NewTokenAsync(string login) => InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<GonghuiDbContext>();
        var userId = await db.Users.Where(u => u.UserName == login).Select(u => u.Id).FirstAsync();
        var created = await sp.GetRequiredService<CreateApiToken>().ForUserAsync(userId, new CreateApiToken.Request("test", 1), CancellationToken.None);
        return created.Value!.Token;
    });

    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>A second instance of the application on another fixture's database, as a second server would be (with settings of its own).</summary>
public sealed class SecondInstance(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Database:Connection", database.Connection);
        builder.UseSetting("Database:StrictQueries", "true");
        builder.UseSetting("Data:Folder", database.DataFolder);
        builder.UseSetting("PersonalData:Key", TestDatabase.PersonalDataKey);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}

public class SqliteApp : GonghuiApp
{
    public override Provider Provider => Provider.Sqlite;
}

public class PostgresApp : GonghuiApp
{
    public override Provider Provider => Provider.Postgres;
}

[CollectionDefinition("sqlite")]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>;

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>;

/// <summary>The fuzz run's own district: it deletes and changes what it finds, so no other test shares it.</summary>
public sealed class FuzzSqliteApp : SqliteApp;

public sealed class FuzzPostgresApp : PostgresApp;

[CollectionDefinition("fuzz-sqlite")]
public sealed class FuzzSqliteCollection : ICollectionFixture<FuzzSqliteApp>;

[CollectionDefinition("fuzz-postgres")]
public sealed class FuzzPostgresCollection : ICollectionFixture<FuzzPostgresApp>;
