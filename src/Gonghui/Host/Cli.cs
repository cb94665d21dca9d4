using System.CommandLine;
using Gonghui.Features.Accounts;
using Gonghui.Features.AuditLog;
using Gonghui.Features.Demo;
using Gonghui.Features.Organisation;
using Gonghui.Infrastructure.Api;
using Gonghui.Infrastructure.Audit;
using Gonghui.Infrastructure.Data;
using Gonghui.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gonghui.Host;

/// <summary>
/// The verbs of the one executable. Exit codes: 0 ok, 1 error (one line on stderr), 2 usage.
/// </summary>
public static class Cli
{
    private static readonly Option<string?> Database = new("--database") { Description = "sqlite (default) or postgres", Recursive = true };
    private static readonly Option<string?> Connection = new("--connection") { Description = "connection string (SQLite default: gonghui.db in the data folder, else data/gonghui.db)", Recursive = true };
    private static readonly Option<string?> DataFolderOption = new("--data") { Description = "the data folder: keys, staged imports, documents, audit anchors (default: the SQLite file's folder; PostgreSQL: /var/lib/gonghui)", Recursive = true };

    public static async Task<int> RunAsync(string[] args)
    {
        DataFolder.RestrictNewFiles();
        var root = new RootCommand("Gonghui 工会: the work platform of a district federation of trade unions");
        root.Options.Add(Database);
        root.Options.Add(Connection);
        root.Options.Add(DataFolderOption);
        root.Subcommands.Add(Serve());
        root.Subcommands.Add(Migrate());
        root.Subcommands.Add(Seed());
        root.Subcommands.Add(Admin());
        root.Subcommands.Add(Audit());
        root.Subcommands.Add(KeyCommands.Key(RunScopedAsync));
        root.Subcommands.Add(BackupCommands.Backup(RunScopedAsync));
        root.Subcommands.Add(BackupCommands.Restore(RunScopedAsync));
        root.Subcommands.Add(ImportCommands.Import(RunScopedAsync));

        // `gonghui` alone, or with only server options, means `gonghui serve`; options before a verb stay that verb's
        // (`gonghui --connection … seed demo` seeds, it does not serve).
        var verbs = root.Subcommands.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("--help" or "-h" or "-?" or "--version") && !args.Any(verbs.Contains)))
        {
            args = ["serve", .. args];
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            return 2;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static Dictionary<string, string?> Overrides(ParseResult parse)
    {
        var o = new Dictionary<string, string?>();
        if (parse.GetValue(Database) is { } db)
        {
            o["Database:Provider"] = db.ToLowerInvariant() switch
            {
                "sqlite" => nameof(DatabaseProvider.Sqlite),
                "postgres" or "postgresql" => nameof(DatabaseProvider.Postgres),
                _ => throw new CliException($"unknown database '{db}': use sqlite or postgres"),
            };
        }

        if (parse.GetValue(Connection) is { } c)
        {
            o["Database:Connection"] = c;
        }

        if (parse.GetValue(DataFolderOption) is { } d)
        {
            o[DataFolder.Setting] = d;
        }

        return o;
    }

    private static Command Serve()
    {
        var urls = new Option<string?>("--urls") { Description = "addresses to listen on, e.g. http://127.0.0.1:5080" };
        var cmd = new Command("serve", "Run the web server (the default); migrates the database first") { urls };
        cmd.TreatUnmatchedTokensAsErrors = false; // host switches such as --environment pass through
        cmd.SetAction(async (parse, ct) =>
        {
            var overrides = Overrides(parse);
            if (parse.GetValue(urls) is { } u)
            {
                overrides["urls"] = u;
            }

            var app = WebHost.Build([.. parse.UnmatchedTokens], overrides);
            try
            {
                await app.StartAsync(ct);
            }
            catch (KeyCheckException e)
            {
                throw new CliException(e.Message);
            }

            foreach (var address in app.Urls)
            {
                Console.WriteLine($"Gonghui is listening on {address}");
            }

            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return cmd;
    }

    private static Command Migrate()
    {
        var cmd = new Command("migrate", "Create or upgrade the database schema");
        cmd.SetAction((parse, ct) => RunScopedAsync(parse, (_, _) =>
        {
            Console.WriteLine("database is up to date");
            return Task.FromResult(0);
        }, ct, DatabaseUse.Create));
        return cmd;
    }

    private static Command Seed()
    {
        var seedValue = new Option<int>("--seed") { Description = "random seed (the same seed builds the same district)", DefaultValueFactory = _ => 2015 };
        var members = new Option<int>("--members") { Description = "also add this many members, over one enterprise for every 33 of them", DefaultValueFactory = _ => 0 };
        var demo = new Command("demo", "Build the demo district with demo accounts") { seedValue, members };
        demo.SetAction((parse, ct) => RunScopedAsync(parse, async (sp, _) =>
        {
            var result = await sp.GetRequiredService<SeedDemo>().HandleAsync(parse.GetValue(seedValue), ct);
            Console.WriteLine(result.AlreadySeeded
                ? "the demo district is already there"
                : $"demo district seeded: {result.Unions} unions, {result.Users} accounts");
            if (!result.AlreadySeeded && parse.GetValue(members) is > 0 and var n)
            {
                SeedDemoRoster.Result roster;
                using (var progress = new ConsoleProgress())
                {
                    roster = await sp.GetRequiredService<SeedDemoRoster>().HandleAsync(n, parse.GetValue(seedValue), progress, ct);
                }

                Console.WriteLine($"demo roster: {roster.Enterprises:N0} enterprises, {roster.Members:N0} members");
                var bargaining = await sp.GetRequiredService<SeedDemoBargaining>().HandleAsync(parse.GetValue(seedValue), ct);
                Console.WriteLine($"demo bargaining: {bargaining.Negotiations} negotiations, {bargaining.Contracts} contracts, {bargaining.DemocraticRecords} democratic-management records");
                var mechanisms = await sp.GetRequiredService<SeedDemoMechanisms>().HandleAsync(parse.GetValue(seedValue), ct);
                Console.WriteLine($"demo mechanisms: {mechanisms.WorkforceReports} workforce reports, {mechanisms.WarningCases} warning cases, {mechanisms.Meetings} meetings, {mechanisms.InfoReports} information reports");
                var democracy = await sp.GetRequiredService<SeedDemoDemocracy>().HandleAsync(ct);
                Console.WriteLine($"demo democracy: {democracy.Sessions} congress sessions, {democracy.Elections} elections, {democracy.Notices} open-affairs items, {democracy.Evaluations} evaluation rounds, {democracy.Representatives} permanent representatives");
                Console.WriteLine($"demo proposals: {await sp.GetRequiredService<SeedDemoProposals>().HandleAsync(ct)} representatives' proposals");
                var frontline = await sp.GetRequiredService<SeedDemoFrontline>().HandleAsync(ct);
                Console.WriteLine($"demo service posts: {frontline.Stations} service stations, {frontline.Homes} Workers' Homes, {frontline.Rounds} award rounds");
                Console.WriteLine($"demo Jing Cards: {await sp.GetRequiredService<SeedDemoServiceCards>().HandleAsync(ct):N0} cards");
                var services = await sp.GetRequiredService<SeedDemoServices>().HandleAsync(parse.GetValue(seedValue), ct);
                Console.WriteLine($"demo services: {services.Providers} providers, {services.Purchases} purchases, {services.Deliveries} deliveries");
                Console.WriteLine($"demo assistance: {await sp.GetRequiredService<SeedDemoAssistance>().HandleAsync(ct)} cases");
                Console.WriteLine($"demo directory: {await sp.GetRequiredService<SeedDemoPortal>().HandleAsync(ct)} unions listed");
                var assessment = await sp.GetRequiredService<SeedDemoAssessment>().HandleAsync(ct);
                Console.WriteLine($"demo assessment: {assessment.Officers} officers, {assessment.Sessions} Party group sessions, {assessment.Plans} annual plans, {assessment.Certificates} training certificates");
            }

            return 0;
        }, ct, DatabaseUse.Create));
        return new Command("seed", "Load data") { demo };
    }

    private static Command Admin()
    {
        var login = new Argument<string>("login") { Description = "the account's login name" };
        var role = new Option<string>("--role") { Description = string.Join(" | ", Roles.All), Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var unionCode = new Option<string?>("--union") { Description = "union code, for union-admin and union-staff" };
        var name = new Option<string?>("--name") { Description = "display name (default: the login)" };
        var createUser = new Command("create-user", "Create an account; the password is read from standard input") { login, role, unionCode, name };
        createUser.SetAction((parse, ct) => RunScopedAsync(parse, async (sp, _) =>
        {
            var password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') ?? "";
            var result = Require(await sp.GetRequiredService<CreateUser>().HandleAsync(new UserInput
            {
                Login = parse.GetValue(login),
                DisplayName = parse.GetValue(name) ?? parse.GetValue(login),
                Role = parse.GetValue(role),
                UnionId = parse.GetValue(unionCode) is { } code ? await UnionIdAsync(sp, code, ct) : null,
                Password = password,
            }, ct));
            Console.WriteLine($"created {result.Login} ({result.Role})");
            return 0;
        }, ct));

        var tokenLogin = new Argument<string>("login") { Description = "the account's login name" };
        var days = new Option<int>("--days") { Description = "days until it expires", DefaultValueFactory = _ => CreateApiToken.DefaultDays };
        var tokenName = new Option<string?>("--name") { Description = "what the token is for" };
        var createToken = new Command("create-token", "Print a new API token for an account") { tokenLogin, days, tokenName };
        createToken.SetAction((parse, ct) => RunScopedAsync(parse, async (sp, _) =>
        {
            var userId = await sp.GetRequiredService<GonghuiDbContext>().Users.Where(u => u.UserName == parse.GetValue(tokenLogin)).Select(u => u.Id).FirstOrDefaultAsync(ct)
                ?? throw new CliException($"no account '{parse.GetValue(tokenLogin)}'");
            var result = await sp.GetRequiredService<CreateApiToken>().ForUserAsync(userId, new CreateApiToken.Request(parse.GetValue(tokenName), parse.GetValue(days)), ct);
            if (!result.IsOk)
            {
                throw new CliException(result.Errors?.Summary ?? "the account is disabled");
            }

            Console.WriteLine(result.Value!.Token);
            return 0;
        }, ct));
        return new Command("admin", "Administer accounts and the union tree") { createUser, createToken, UnlockCommand(), ResetTwoFactorCommand(), CreateUnionCommand(), MoveUnionCommand() };
    }

    private static Command ResetTwoFactorCommand() => AccountCommand("reset-2fa",
        "Turn an account's second factor off (a lost phone): new key, no recovery codes, sessions ended",
        async (sp, users, user, ct) =>
        {
            await ResetTwoFactor.ForUserAsync(sp.GetRequiredService<GonghuiDbContext>(), users, user, ct);
            return $"second factor reset for {user.UserName}; they enrol again at their next sign-in if their role requires it";
        });

    private static Command UnlockCommand() => AccountCommand("unlock", "Lift an account's sign-in locks, from every address",
        async (sp, users, user, ct) =>
        {
            await SignInFailure.UnlockAsync(sp.GetRequiredService<GonghuiDbContext>(), users, user, ct);
            return $"unlocked {user.UserName}";
        });

    /// <summary>A verb that acts on one account named by its login, and prints what it did.</summary>
    private static Command AccountCommand(string name, string description, Func<IServiceProvider, UserManager<User>, User, CancellationToken, Task<string>> act)
    {
        var login = new Argument<string>("login") { Description = "the account's login name" };
        var cmd = new Command(name, description) { login };
        cmd.SetAction((parse, ct) => RunScopedAsync(parse, async (sp, _) =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            var user = await users.FindByNameAsync(parse.GetValue(login)!) ?? throw new CliException($"no account '{parse.GetValue(login)}'");
            Console.WriteLine(await act(sp, users, user, ct));
            return 0;
        }, ct));
        return cmd;
    }

    private static Command CreateUnionCommand()
    {
        var code = new Argument<string>("code") { Description = "the new union's code" };
        var name = new Option<string>("--name") { Description = "its name", Required = true };
        var kind = new Option<string>("--kind") { Description = "area-federation | industrial-union | grassroots-union", Required = true };
        var parent = new Option<string>("--parent") { Description = "the parent union's code", Required = true };
        var sector = new Option<string?>("--sector") { Description = "industrial unions only: government-organs, education, healthcare, services, manufacturing, high-technology, cultural-creative, other" };
        var chair = new Option<string?>("--chair") { Description = "the chair's name" };
        var phone = new Option<string?>("--phone") { Description = "public contact phone" };
        var cmd = new Command("create-union", "Add a union under a parent") { code, name, kind, parent, sector, chair, phone };
        cmd.SetAction((parse, ct) => RunScopedAsync(parse, async (sp, _) =>
        {
            var result = await sp.GetRequiredService<CreateUnion>().HandleAsync(new UnionInput
            {
                Code = parse.GetValue(code),
                Name = parse.GetValue(name),
                Kind = EnumText.Parse<UnionKind>(parse.GetValue(kind)) ?? throw new CliException($"unknown kind '{parse.GetValue(kind)}'"),
                Sector = parse.GetValue(sector) is { } s ? EnumText.Parse<IndustrySector>(s) ?? throw new CliException($"unknown sector '{s}'") : null,
                ParentId = await UnionIdAsync(sp, parse.GetValue(parent)!, ct),
                ChairName = parse.GetValue(chair),
                ContactPhone = parse.GetValue(phone),
            }, ct);
            Console.WriteLine($"created {Require(result).Code} (id {result.Value!.Id})");
            return 0;
        }, ct));
        return cmd;
    }

    private static Command MoveUnionCommand()
    {
        var code = new Argument<string>("code") { Description = "the union to move, with everything below it" };
        var parent = new Option<string>("--parent") { Description = "the new parent's code", Required = true };
        var cmd = new Command("move-union", "Move a union, with everything below it, under another parent") { code, parent };
        cmd.SetAction((parse, ct) => RunScopedAsync(parse, async (sp, _) =>
        {
            var id = await UnionIdAsync(sp, parse.GetValue(code)!, ct);
            var current = Require(await sp.GetRequiredService<GetUnion>().HandleAsync(id, ct));
            var result = await sp.GetRequiredService<UpdateUnion>().HandleAsync(id, new UnionInput
            {
                Code = current.Code, Name = current.Name, Kind = current.Kind, Sector = current.Sector, ChairName = current.ChairName, Form = current.Form,
                ContactPhone = current.ContactPhone, ContactEmail = current.ContactEmail, Address = current.Address, Version = current.Version,
                ParentId = await UnionIdAsync(sp, parse.GetValue(parent)!, ct),
            }, ct);
            Console.WriteLine($"moved {Require(result).Code} under {parse.GetValue(parent)}");
            return 0;
        }, ct));
        return cmd;
    }

    internal static async Task<long> UnionIdAsync(IServiceProvider sp, string code, CancellationToken ct) =>
        await sp.GetRequiredService<GonghuiDbContext>().Unions.Where(u => u.Code == code).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct)
            ?? throw new CliException($"no union with code '{code}'");

    /// <summary>A verb run from another folder must not start an empty database of its own there.</summary>
    private static void RequireDatabase(DatabaseOptions options)
    {
        if (options.SqliteFile is { } file && !File.Exists(file))
        {
            throw new CliException($"no database at {file}: name it with --connection or --data, or create it with 'gonghui migrate'");
        }
    }

    /// <summary>A handler's refusal as the command line's one-line error.</summary>
    private static T Require<T>(Outcome<T> outcome) =>
        outcome.IsOk ? outcome.Value! : throw new CliException(outcome.Kind == OutcomeKind.Invalid ? outcome.Errors!.Summary : outcome.Detail ?? outcome.Kind.ToString());

    private static Command Audit()
    {
        var verify = new Command("verify", "Check that no audit entry was changed, added or removed, against the chain's key and the last anchor");
        verify.SetAction((parse, ct) => RunScopedAsync(parse, async (sp, _) =>
        {
            var r = await sp.GetRequiredService<VerifyAuditChain>().HandleAsync(ct);
            var anchor = r.Anchor is { } a ? $"last anchor {a.At:yyyy-MM-dd HH:mm} UTC ({a.Reason}): {a.Count} entries, head {a.Head}" : "no anchor yet";
            if (r.Problem is null)
            {
                Console.WriteLine($"audit chain intact: {r.Checked} entries, head {r.Head}; {anchor}");
                return 0;
            }

            throw new CliException(r.Problem switch
            {
                "broken" => $"audit chain broken at entry {r.FirstBrokenId} ({r.Checked} entries before it hold)",
                "anchor-altered" => $"the anchor file {sp.GetRequiredService<AuditAnchors>().FilePath} was altered: a line's signature does not hold",
                "removed" => $"audit entries were removed: the chain no longer reaches the {anchor}",
                _ => $"the audit log was rewritten: the chain no longer reaches the {anchor}",
            });
        }, ct));

        var anchorCommand = new Command("anchor", "Append the audit log's count and head to the anchor file outside the database (the server does so daily, backup each time)");
        anchorCommand.SetAction((parse, ct) => RunScopedAsync(parse, async (sp, _) =>
        {
            var a = await sp.GetRequiredService<AuditAnchors>().AppendAsync(sp.GetRequiredService<GonghuiDbContext>(), "manual", ct);
            Console.WriteLine($"anchored {a.Count} entries, head {a.Head}, in {sp.GetRequiredService<AuditAnchors>().FilePath}");
            return 0;
        }, ct));
        return new Command("audit", "The audit log") { verify, anchorCommand };
    }

    /// <summary>
    /// Runs a verb with the application's services, acting as the system. Unless it replaces the database, the verb first
    /// brings it to the current schema and checks its keys (<see cref="DatabaseInitializer"/>), so no verb reads or seals
    /// with a key that is not the database's; only <c>migrate</c> and <c>seed</c> may create a database that is not there.
    /// </summary>
    internal static async Task<int> RunScopedAsync(ParseResult parse, Func<IServiceProvider, ParseResult, Task<int>> action, CancellationToken ct, DatabaseUse use = DatabaseUse.Existing)
    {
        await using var app = WebHost.Build([], Overrides(parse));
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SetSystem("cli");
        try
        {
            if (use == DatabaseUse.Existing)
            {
                RequireDatabase(scope.ServiceProvider.GetRequiredService<DatabaseOptions>());
            }

            if (use != DatabaseUse.Replace)
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            }

            return await action(scope.ServiceProvider, parse);
        }
        catch (Exception e) when (e is not CliException and not OperationCanceledException)
        {
            throw new CliException(e.GetBaseException().Message.ReplaceLineEndings(" "));
        }
    }
}

/// <summary>What a verb does with the database before its own work.</summary>
internal enum DatabaseUse
{
    /// <summary>Opens the database that is there (upgrading its schema) and checks its keys.</summary>
    Existing,

    /// <summary>The same, creating an empty database where there is none.</summary>
    Create,

    /// <summary>Touches nothing first (restore replaces the database and checks the backup's key itself).</summary>
    Replace,
}

/// <summary>An error the command line reports as one line and exit code 1.</summary>
public sealed class CliException(string message) : Exception(message);
