using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gonghui.Infrastructure.Api;

/// <summary>
/// What <c>/openapi/v1.json</c> says beyond what the framework infers, so that a client (and the fuzz test) can rely on it:
/// <list type="bullet">
/// <item>one schema per request type — the many nested <c>Request</c> records would otherwise share one name and one
/// (wrong) schema;</item>
/// <item>texts and lists read by our own converters (<see cref="NoNulStrings"/>, <see cref="NoNullItems"/>) described
/// as what they are, not as "anything";</item>
/// <item>every text field's <c>maxLength</c> (and <c>pattern</c> where it has a fixed form) from the input record's
/// attributes — the numbers its validator checks and its column holds, which a test keeps equal;</item>
/// <item>every answer an operation can give: its success code and the problem answers of the API conventions.</item>
/// </list>
/// </summary>
public static class OpenApiShape
{
    public static void Configure(OpenApiOptions o)
    {
        o.CreateSchemaReferenceId = info => OpenApiOptions.CreateDefaultSchemaReferenceId(info) is null ? null : SchemaName(info.Type);
        o.AddSchemaTransformer(DescribeConvertedAsync);
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[Problem] = ProblemSchema(validation: false);
            document.Components.Schemas[ValidationProblem] = ProblemSchema(validation: true);
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            DescribeAnswers(operation, context);
            return Task.CompletedTask;
        });
    }

    private const string Problem = "ProblemDetails";
    private const string ValidationProblem = "ValidationProblemDetails";

    /// <summary><c>ListMembersRow</c>, <c>PagedResultOfListMembersRow</c>: a nested type named with the type it is in.</summary>
    private static string SchemaName(Type type)
    {
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}Of{string.Join("And", type.GetGenericArguments().Select(SchemaName))}";
        }

        return type.IsNested && type.DeclaringType is { } outer ? outer.Name + type.Name : type.Name;
    }

    /// <summary>Each property of an object: its text or list shape, and its limit and form from the record's attributes.</summary>
    private static async Task DescribeConvertedAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
        {
            return;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            // A positional record's parameters are read as optional (a missing one is null, and the validator names it).
            if (!property.IsRequired)
            {
                schema.Required?.Remove(property.Name);
            }

            if (!schema.Properties.TryGetValue(property.Name, out var found) || found is not OpenApiSchema target)
            {
                continue;
            }

            var attributes = property.AttributeProvider;
            if (property.PropertyType == typeof(string))
            {
                target.Type = JsonSchemaType.String;
                if (attributes is PropertyInfo p && new NullabilityInfoContext().Create(p).WriteState != NullabilityState.NotNull)
                {
                    target.Type |= JsonSchemaType.Null;
                }

                if (attributes?.GetCustomAttributes(typeof(MaxLengthAttribute), true).FirstOrDefault() is MaxLengthAttribute max)
                {
                    target.MaxLength = max.Length;
                }

                if (attributes?.GetCustomAttributes(typeof(RegularExpressionAttribute), true).FirstOrDefault() is RegularExpressionAttribute form)
                {
                    target.Pattern = form.Pattern;
                }
            }
            else if (target.Type is null && target.Items is null && ItemOf(property.PropertyType) is { } item)
            {
                target.Type = JsonSchemaType.Array;
                target.Items = await context.GetOrCreateSchemaAsync(item, cancellationToken: ct);
            }
        }
    }

    private static Type? ItemOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(IEnumerable<>).MakeGenericType(item).IsAssignableFrom(type) ? item : null;

    /// <summary>
    /// The success code the endpoint declares (<c>Produces</c>) or 200, and the problems of the API conventions: 400 for
    /// an unreadable or invalid value, 401/403 when it needs a user, 404 when it names a record, 409 and 422 for writes,
    /// and whatever else the endpoint declares (429 for whole-identifier look-ups, 503 for a missing font).
    /// </summary>
    private static void DescribeAnswers(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        if (description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true)
        {
            return;
        }

        operation.Responses ??= [];
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
        if (declared.Any(c => c is >= 200 and < 300) && !declared.Contains(200))
        {
            operation.Responses.Remove("200");
        }
        else if (!operation.Responses.Keys.Any(k => k.StartsWith('2')))
        {
            // Declaring only a problem (429, 503) leaves the success undeclared.
            operation.Responses["200"] = new OpenApiResponse { Description = "OK" };
        }

        var write = description.HttpMethod is not ("GET" or "HEAD");
        // A record named in the path, or by its id in the query (?unionId=…), may be one the caller may not know of.
        var named = description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path
            || p.Name.EndsWith("Id", StringComparison.Ordinal));
        var needsUser = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        Add(operation, context, 400, "请求的值无法读取或不合规定 / A value could not be read or is invalid", ValidationProblem);
        if (needsUser)
        {
            Add(operation, context, 401, "未登录 / Not signed in", Problem);
            Add(operation, context, 403, "无权操作或超出本会范围 / Not allowed, or outside your union", Problem);
        }

        if (named || write)
        {
            Add(operation, context, 404, "记录不存在或不在本会范围 / No such record within your scope", Problem);
        }

        if (operation.RequestBody is not null)
        {
            Add(operation, context, 415, "请求体的类型不对 / The body is not of the type stated", Problem);
        }

        if (write)
        {
            Add(operation, context, 409, "记录已被他人修改，或与现有记录冲突 / Changed by someone else, or conflicts with a record", Problem);
            Add(operation, context, 422, "违反规则（rule 字段给出规则编号）/ Refused by a rule (its id in rule)", Problem);
        }

        foreach (var code in declared.Where(c => c >= 400))
        {
            Add(operation, context, code, code switch
            {
                429 => "请求过多，请稍后再试 / Too many requests; try again later",
                503 => "服务器缺少所需组件 / The server lacks something this needs",
                _ => "请求被拒绝 / Refused",
            }, Problem);
        }
    }

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, int code, string text, string schema)
    {
        var key = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing) && existing.Content?.ContainsKey("application/problem+json") == true)
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(schema, context.Document) },
            },
        };
    }

    /// <summary>RFC 9457 problem details as <see cref="Problems"/> writes them.</summary>
    private static OpenApiSchema ProblemSchema(bool validation)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["rule"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "规则编号（见 rules.md）/ the rule's id from rules.md" },
        };
        if (validation)
        {
            properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "字段 → 错误信息 / field → messages",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }

        return new OpenApiSchema { Type = JsonSchemaType.Object, Required = new HashSet<string> { "status" }, Properties = properties };
    }
}
