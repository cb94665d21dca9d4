using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "unions",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Revenue",
                table: "enterprises",
                type: "TEXT",
                precision: 14,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "import_jobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Sheet = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsInserted = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsUpdated = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsUnchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_jobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_import_jobs_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PhoneHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TransferredFromId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_members_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_members_members_TransferredFromId",
                        column: x => x.TransferredFromId,
                        principalTable: "members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_members_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "officers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FullTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_officers_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "import_errors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportJobId = table.Column<long>(type: "INTEGER", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Column = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_errors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_import_errors_import_jobs_ImportJobId",
                        column: x => x.ImportJobId,
                        principalTable: "import_jobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "officer_postings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officer_postings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_officer_postings_officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_import_errors_ImportJobId_Row",
                table: "import_errors",
                columns: new[] { "ImportJobId", "Row" });

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_CreatedAt",
                table: "import_jobs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_import_jobs_UnionId",
                table: "import_jobs",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_members_active_person",
                table: "members",
                column: "IdNumberHash",
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_members_EnterpriseId_Status",
                table: "members",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_members_IdNumberHash",
                table: "members",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_members_Name",
                table: "members",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_members_PhoneHash",
                table: "members",
                column: "PhoneHash");

            migrationBuilder.CreateIndex(
                name: "IX_members_TransferredFromId",
                table: "members",
                column: "TransferredFromId");

            migrationBuilder.CreateIndex(
                name: "IX_members_UnionId_Status",
                table: "members",
                columns: new[] { "UnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_officer_postings_OfficerId_StartOn",
                table: "officer_postings",
                columns: new[] { "OfficerId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_officers_UnionId_StartOn",
                table: "officers",
                columns: new[] { "UnionId", "StartOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_errors");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "officer_postings");

            migrationBuilder.DropTable(
                name: "import_jobs");

            migrationBuilder.DropTable(
                name: "officers");

            migrationBuilder.DropColumn(
                name: "Form",
                table: "unions");

            migrationBuilder.DropColumn(
                name: "Revenue",
                table: "enterprises");
        }
    }
}
