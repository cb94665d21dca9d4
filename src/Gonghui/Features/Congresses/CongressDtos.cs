using System.ComponentModel.DataAnnotations;
using Gonghui.Features.Congresses.Rules;
using Gonghui.Infrastructure.Files;

namespace Gonghui.Features.Congresses;

public sealed record TermDto(long Id, long UnionId, string UnionName, CongressKind Kind, int Number, DateOnly StartsOn, DateOnly EndsOn, bool PermanentRepresentatives,
    bool Current, int Sessions, long Version);

public sealed record TermInput(long? UnionId, CongressKind? Kind, int? Number, DateOnly? StartsOn, DateOnly? EndsOn, bool? PermanentRepresentatives, long? Version);

/// <param name="Passed">More than half of those entitled voted for it, at a session with a quorum (L10).</param>
public sealed record AgendaItemDto(long Id, string Title, int For, int Against, int Abstain, bool Passed);

public sealed record AgendaItemInput([property: MaxLength(200)] string? Title, int? For, int? Against, int? Abstain);

/// <summary>An election as a session lists it.</summary>
public sealed record ElectionRow(long Id, ElectionOffice Office, int Round, int Seats, ElectionOutcome Outcome, ElectionStatus Status, int Elected);

/// <param name="QuorumNeeded">The fewest present for two thirds of those entitled.</param>
/// <param name="Quorate">L10: two thirds of those entitled were present; without it the session and its votes are invalid.</param>
public sealed record SessionDto(long Id, long UnionId, string UnionName, long TermId, int TermNumber, CongressKind CongressKind, int Number, SessionKind Kind, DateOnly HeldOn,
    int Entitled, int Present, int QuorumNeeded, bool Quorate, int MajorityNeeded, string Minutes, IReadOnlyList<AgendaItemDto> AgendaItems, IReadOnlyList<ElectionRow> Elections,
    IReadOnlyList<DocumentDto> Documents, long Version);

public sealed record SessionInput(long? TermId, int? Number, SessionKind? Kind, DateOnly? HeldOn, int? Entitled, int? Present, [property: MaxLength(8000)] string? Minutes,
    IReadOnlyList<AgendaItemInput>? AgendaItems, long? Version);

/// <param name="InRunoff">The count sends this candidate to a further round.</param>
public sealed record CandidateDto(long Id, long MemberId, string Name, int Votes, bool Elected, bool InRunoff);

/// <param name="MajorityNeeded">The fewest votes that elect: more than half of those entitled (L10).</param>
/// <param name="MinimumCandidates">For committee members, the fewest candidates the competitive margin asks; null for other offices.</param>
/// <param name="NextRoundId">The further round recorded after this one, if any.</param>
/// <param name="MayApprove">The actor keeps the union above and the result waits for it.</param>
public sealed record ElectionDto(long Id, long UnionId, string UnionName, long SessionId, DateOnly HeldOn, int TermNumber, int SessionNumber, ElectionOffice Office, int Round,
    long? PreviousRoundId, long? NextRoundId, int Seats, int Entitled, int BallotsIssued, int BallotsReturned, int MajorityNeeded, int? MinimumCandidates, ElectionOutcome Outcome,
    int RunoffSeats, IReadOnlyList<CandidateDto> Candidates, ElectionStatus Status, DateTime? SubmittedAt, DateTime? DecidedAt, string? DecidedBy, string? ReturnReason,
    bool MayApprove, long Version);

/// <param name="PreviousRoundId">For a further round: the round it continues (same session and office).</param>
/// <param name="Entitled">Those entitled to vote; the session's entitled when left out.</param>
public sealed record ElectionInput(long? SessionId, ElectionOffice? Office, long? PreviousRoundId, int? Seats, int? Entitled, int? BallotsIssued, int? BallotsReturned,
    IReadOnlyList<CandidateInput>? Candidates, long? Version);

public sealed record CandidateInput(long? MemberId, int? Votes);

/// <summary>A seat on the committee: current when <paramref name="ToOn"/> is null.</summary>
public sealed record CommitteeSeatDto(long Id, ElectionOffice Office, long MemberId, string Name, long ElectionId, DateOnly FromOn, DateOnly? ToOn);
