using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Bargaining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_members_Name",
                table: "members");

            migrationBuilder.AddColumn<int>(
                name: "ActiveMembers",
                table: "enterprises",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredAs = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "employee_seats",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TermStartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employee_seats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_employee_seats_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "factory_affairs_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_factory_affairs_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_factory_affairs_items_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "industry_associations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    IndustrySection = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_associations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_associations_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workers_congresses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Entitled = table.Column<int>(type: "INTEGER", nullable: false),
                    Present = table.Column<int>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workers_congresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workers_congresses_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collective_contracts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CounterpartyKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AssociationId = table.Column<long>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: true),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WorkersCovered = table.Column<int>(type: "INTEGER", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnionChief = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    EmployerChief = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ObjectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ObjectionResolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_collective_contracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_collective_contracts_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_collective_contracts_industry_associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "industry_associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_collective_contracts_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contract_clauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractId = table.Column<long>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DailyHours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    WeeklyHours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    DailyOvertimeLimit = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    MonthlyOvertimeLimit = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    LeaveDays = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_clauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contract_clauses_collective_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "collective_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contract_enterprises",
                columns: table => new
                {
                    ContractId = table.Column<long>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contract_enterprises", x => new { x.ContractId, x.EnterpriseId });
                    table.ForeignKey(
                        name: "FK_contract_enterprises_collective_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "collective_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_contract_enterprises_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "negotiations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CounterpartyKind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AssociationId = table.Column<long>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractId = table.Column<long>(type: "INTEGER", nullable: true),
                    VotedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VoteBody = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    VoteEntitled = table.Column<int>(type: "INTEGER", nullable: true),
                    VotePresent = table.Column<int>(type: "INTEGER", nullable: true),
                    VoteInFavour = table.Column<int>(type: "INTEGER", nullable: true),
                    VoteAgainst = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_negotiations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_negotiations_collective_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "collective_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_negotiations_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_negotiations_industry_associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "industry_associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_negotiations_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "wage_standards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractId = table.Column<long>(type: "INTEGER", nullable: false),
                    JobType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MinimumMonthlyWage = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    AnnualIncreasePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wage_standards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wage_standards_collective_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "collective_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "negotiation_rounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NegotiationId = table.Column<long>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UnionPosition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EmployerPosition = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_negotiation_rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_negotiation_rounds_negotiations_NegotiationId",
                        column: x => x.NegotiationId,
                        principalTable: "negotiations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "negotiators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NegotiationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsChief = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_negotiators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_negotiators_negotiations_NegotiationId",
                        column: x => x.NegotiationId,
                        principalTable: "negotiations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_members_Name_Id",
                table: "members",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_OwnerType_OwnerId",
                table: "attachments",
                columns: new[] { "OwnerType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_collective_contracts_AssociationId",
                table: "collective_contracts",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_collective_contracts_EffectiveOn_EndOn",
                table: "collective_contracts",
                columns: new[] { "EffectiveOn", "EndOn" });

            migrationBuilder.CreateIndex(
                name: "IX_collective_contracts_EnterpriseId",
                table: "collective_contracts",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_collective_contracts_UnionId_EndOn",
                table: "collective_contracts",
                columns: new[] { "UnionId", "EndOn" });

            migrationBuilder.CreateIndex(
                name: "IX_contract_clauses_ContractId_Topic",
                table: "contract_clauses",
                columns: new[] { "ContractId", "Topic" });

            migrationBuilder.CreateIndex(
                name: "IX_contract_enterprises_EnterpriseId",
                table: "contract_enterprises",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_employee_seats_EnterpriseId_Kind",
                table: "employee_seats",
                columns: new[] { "EnterpriseId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_factory_affairs_items_EnterpriseId_PublishedOn",
                table: "factory_affairs_items",
                columns: new[] { "EnterpriseId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_industry_associations_Name",
                table: "industry_associations",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_industry_associations_UnionId",
                table: "industry_associations",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_negotiation_rounds_NegotiationId_HeldOn",
                table: "negotiation_rounds",
                columns: new[] { "NegotiationId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_negotiations_AssociationId",
                table: "negotiations",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_negotiations_ContractId",
                table: "negotiations",
                column: "ContractId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_negotiations_EnterpriseId",
                table: "negotiations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_negotiations_UnionId_Stage",
                table: "negotiations",
                columns: new[] { "UnionId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_negotiators_NegotiationId",
                table: "negotiators",
                column: "NegotiationId");

            migrationBuilder.CreateIndex(
                name: "IX_wage_standards_ContractId",
                table: "wage_standards",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_workers_congresses_EnterpriseId_HeldOn",
                table: "workers_congresses",
                columns: new[] { "EnterpriseId", "HeldOn" });

            // Row triggers: a member counts for an enterprise while active and working there. SQLite serialises writers,
            // so the increments cannot race.
            migrationBuilder.Sql("""
                CREATE TRIGGER members_active_insert AFTER INSERT ON members
                WHEN NEW."Status" = 'Active' AND NEW."EnterpriseId" IS NOT NULL
                BEGIN
                  UPDATE enterprises SET "ActiveMembers" = "ActiveMembers" + 1 WHERE "Id" = NEW."EnterpriseId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER members_active_update AFTER UPDATE OF "Status", "EnterpriseId" ON members
                WHEN (OLD."Status" = 'Active' AND OLD."EnterpriseId" IS NOT NULL) OR (NEW."Status" = 'Active' AND NEW."EnterpriseId" IS NOT NULL)
                BEGIN
                  UPDATE enterprises SET "ActiveMembers" = "ActiveMembers" - 1 WHERE "Id" = OLD."EnterpriseId" AND OLD."Status" = 'Active';
                  UPDATE enterprises SET "ActiveMembers" = "ActiveMembers" + 1 WHERE "Id" = NEW."EnterpriseId" AND NEW."Status" = 'Active';
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER members_active_delete AFTER DELETE ON members
                WHEN OLD."Status" = 'Active' AND OLD."EnterpriseId" IS NOT NULL
                BEGIN
                  UPDATE enterprises SET "ActiveMembers" = "ActiveMembers" - 1 WHERE "Id" = OLD."EnterpriseId";
                END;
                """);
            migrationBuilder.Sql("""
                UPDATE enterprises SET "ActiveMembers" =
                  (SELECT COUNT(*) FROM members m WHERE m."EnterpriseId" = enterprises."Id" AND m."Status" = 'Active');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER members_active_insert; DROP TRIGGER members_active_update; DROP TRIGGER members_active_delete;");

            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "contract_clauses");

            migrationBuilder.DropTable(
                name: "contract_enterprises");

            migrationBuilder.DropTable(
                name: "employee_seats");

            migrationBuilder.DropTable(
                name: "factory_affairs_items");

            migrationBuilder.DropTable(
                name: "negotiation_rounds");

            migrationBuilder.DropTable(
                name: "negotiators");

            migrationBuilder.DropTable(
                name: "wage_standards");

            migrationBuilder.DropTable(
                name: "workers_congresses");

            migrationBuilder.DropTable(
                name: "negotiations");

            migrationBuilder.DropTable(
                name: "collective_contracts");

            migrationBuilder.DropTable(
                name: "industry_associations");

            migrationBuilder.DropIndex(
                name: "IX_members_Name_Id",
                table: "members");

            migrationBuilder.DropColumn(
                name: "ActiveMembers",
                table: "enterprises");

            migrationBuilder.CreateIndex(
                name: "IX_members_Name",
                table: "members",
                column: "Name");
        }
    }
}
