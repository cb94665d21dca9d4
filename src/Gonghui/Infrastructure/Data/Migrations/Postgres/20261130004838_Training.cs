using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Training : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_members_UnionId_Status",
                table: "members");

            migrationBuilder.CreateTable(
                name: "certification_trainings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnionId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Occupation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Trainees = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certification_trainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certification_trainings_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "skills_competitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnionId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Occupation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Entrants = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_skills_competitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_skills_competitions_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "training_certificates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrainingId = table.Column<long>(type: "bigint", nullable: false),
                    WorkerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumberHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_certificates_certification_trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "certification_trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "competition_awards",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompetitionId = table.Column<long>(type: "bigint", nullable: false),
                    WorkerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Award = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Workplace = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_competition_awards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_competition_awards_skills_competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "skills_competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_members_UnionId_Status_Dates",
                table: "members",
                columns: new[] { "UnionId", "Status", "JoinedOn", "EndedOn", "TransferredFromId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_certification_trainings_UnionId_StartOn",
                table: "certification_trainings",
                columns: new[] { "UnionId", "StartOn" });

            migrationBuilder.CreateIndex(
                name: "IX_competition_awards_CompetitionId",
                table: "competition_awards",
                column: "CompetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_skills_competitions_UnionId_HeldOn",
                table: "skills_competitions",
                columns: new[] { "UnionId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_training_certificates_IssuedOn_IdNumberHash",
                table: "training_certificates",
                columns: new[] { "IssuedOn", "IdNumberHash" });

            migrationBuilder.CreateIndex(
                name: "IX_training_certificates_TrainingId_IdNumberHash",
                table: "training_certificates",
                columns: new[] { "TrainingId", "IdNumberHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "competition_awards");

            migrationBuilder.DropTable(
                name: "training_certificates");

            migrationBuilder.DropTable(
                name: "skills_competitions");

            migrationBuilder.DropTable(
                name: "certification_trainings");

            migrationBuilder.DropIndex(
                name: "IX_members_UnionId_Status_Dates",
                table: "members");

            migrationBuilder.CreateIndex(
                name: "IX_members_UnionId_Status",
                table: "members",
                columns: new[] { "UnionId", "Status" });
        }
    }
}
