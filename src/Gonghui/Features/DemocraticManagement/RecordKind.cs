using System.Linq.Expressions;
using Gonghui.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Gonghui.Features.DemocraticManagement;

/// <summary>
/// What differs between the three kinds of democratic-management record (workers' congresses, factory-affairs items,
/// employee seats): their fields' checks, how input lands on the entity, how it is shown and which date places it in
/// a year. The use cases around them (list, record, correct, delete) are one shape: <see cref="EnterpriseRecords{TRecord, TInput, TDto}"/>.
/// </summary>
public interface IRecordKind<TRecord, TInput, TDto>
    where TRecord : class, IEnterpriseRecord, new()
    where TInput : IEnterpriseRecordInput
{
    /// <summary>The path under <c>/api/v1</c>, plural kebab-case.</summary>
    static abstract string Path { get; }

    static abstract string Name { get; }

    static abstract void Check(TInput input, ValidationErrors e, IStringLocalizer t);

    static abstract void Apply(TRecord target, TInput input);

    static abstract Expression<Func<TRecord, TDto>> ToDto { get; }

    /// <summary>Whether the record falls in (or, for a seat, spans part of) the year.</summary>
    static abstract Expression<Func<TRecord, bool>> InYear(int year);

    static abstract Expression<Func<TRecord, object>> OrderBy { get; }
}

public interface IEnterpriseRecordInput
{
    long? EnterpriseId { get; }

    long? Version { get; }
}

public interface IRecordDto
{
    long Id { get; }
}
