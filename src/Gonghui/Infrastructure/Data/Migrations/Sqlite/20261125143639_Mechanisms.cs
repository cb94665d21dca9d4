using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gonghui.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Mechanisms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "decision_meetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_meetings_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "info_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    ToUnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_info_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_info_reports_unions_ToUnionId",
                        column: x => x.ToUnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_info_reports_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "joint_meetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Topics = table.Column<string>(type: "TEXT", nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_joint_meetings_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "warning_cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WorkersInvolved = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    LevelSince = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warning_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_warning_cases_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_warning_cases_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workforce_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RolledUpFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Figures_AverageMonthlyPay = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Figures_DisputesReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_DisputesResolved = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_Hired = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_LaidOff = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_Left = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_OvertimeComplaints = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_SocialInsuranceArrearsAmount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    Figures_SocialInsuranceArrearsEnterprises = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_WageArrearsAmount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    Figures_WageArrearsEnterprises = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_WageArrearsWorkers = table.Column<int>(type: "INTEGER", nullable: false),
                    Figures_WorkersAtEnd = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workforce_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workforce_reports_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decision_research",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConductedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DecisionMeetingId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_research", x => x.Id);
                    table.ForeignKey(
                        name: "FK_decision_research_decision_meetings_DecisionMeetingId",
                        column: x => x.DecisionMeetingId,
                        principalTable: "decision_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_decision_research_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "info_report_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UnionId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_info_report_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_info_report_steps_info_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "info_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_info_report_steps_unions_UnionId",
                        column: x => x.UnionId,
                        principalTable: "unions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "joint_meeting_participants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_meeting_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_joint_meeting_participants_joint_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "joint_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "joint_meeting_resolutions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_joint_meeting_resolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_joint_meeting_resolutions_joint_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "joint_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mediations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Mediator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Parties = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mediations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mediations_warning_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "warning_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warning_level_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warning_level_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_warning_level_changes_warning_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "warning_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warning_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warning_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_warning_reports_warning_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "warning_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "warning_signals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WorkersInvolved = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LaidOff = table.Column<int>(type: "INTEGER", nullable: true),
                    Workforce = table.Column<int>(type: "INTEGER", nullable: true),
                    NoticeGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    WorkforceReportId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warning_signals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_warning_signals_warning_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "warning_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_warning_signals_workforce_reports_WorkforceReportId",
                        column: x => x.WorkforceReportId,
                        principalTable: "workforce_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_decision_meetings_UnionId_HeldOn",
                table: "decision_meetings",
                columns: new[] { "UnionId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_decision_research_DecisionMeetingId",
                table: "decision_research",
                column: "DecisionMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_decision_research_UnionId_ConductedOn",
                table: "decision_research",
                columns: new[] { "UnionId", "ConductedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_info_report_steps_ReportId",
                table: "info_report_steps",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_info_report_steps_UnionId",
                table: "info_report_steps",
                column: "UnionId");

            migrationBuilder.CreateIndex(
                name: "IX_info_reports_ToUnionId_Status",
                table: "info_reports",
                columns: new[] { "ToUnionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_info_reports_UnionId_SubmittedAt",
                table: "info_reports",
                columns: new[] { "UnionId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_joint_meeting_participants_MeetingId",
                table: "joint_meeting_participants",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_joint_meeting_resolutions_MeetingId",
                table: "joint_meeting_resolutions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_joint_meeting_resolutions_Status_DueOn",
                table: "joint_meeting_resolutions",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_joint_meetings_UnionId_HeldOn",
                table: "joint_meetings",
                columns: new[] { "UnionId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_mediations_CaseId",
                table: "mediations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_warning_cases_EnterpriseId",
                table: "warning_cases",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_warning_cases_Status_Level",
                table: "warning_cases",
                columns: new[] { "Status", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_warning_cases_UnionId_OpenedAt",
                table: "warning_cases",
                columns: new[] { "UnionId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_warning_level_changes_CaseId",
                table: "warning_level_changes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_warning_reports_CaseId",
                table: "warning_reports",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_warning_signals_CaseId",
                table: "warning_signals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_warning_signals_WorkforceReportId",
                table: "warning_signals",
                column: "WorkforceReportId");

            migrationBuilder.CreateIndex(
                name: "IX_workforce_reports_UnionId_Year_Quarter",
                table: "workforce_reports",
                columns: new[] { "UnionId", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workforce_reports_Year_Quarter",
                table: "workforce_reports",
                columns: new[] { "Year", "Quarter" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_research");

            migrationBuilder.DropTable(
                name: "info_report_steps");

            migrationBuilder.DropTable(
                name: "joint_meeting_participants");

            migrationBuilder.DropTable(
                name: "joint_meeting_resolutions");

            migrationBuilder.DropTable(
                name: "mediations");

            migrationBuilder.DropTable(
                name: "warning_level_changes");

            migrationBuilder.DropTable(
                name: "warning_reports");

            migrationBuilder.DropTable(
                name: "warning_signals");

            migrationBuilder.DropTable(
                name: "decision_meetings");

            migrationBuilder.DropTable(
                name: "info_reports");

            migrationBuilder.DropTable(
                name: "joint_meetings");

            migrationBuilder.DropTable(
                name: "warning_cases");

            migrationBuilder.DropTable(
                name: "workforce_reports");
        }
    }
}
