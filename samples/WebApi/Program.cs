using System.Text.Json;
using PartyBuilding.Scoring;
using PartyBuilding.Scoring.DependencyInjection;
using PartyBuilding.Scoring.Records;
using PartyBuilding.Scoring.Reporting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddPartyBuildingScoring(options =>
{
    builder.Configuration.GetSection("PartyBuildingScoring").Bind(options);
    // A relative rule file is taken from RuleFileBasePath, not from wherever the service was started. The default is
    // the application's directory, where WebApi.csproj copies rules/star-rating.json. An application that keeps its rule
    // files in the content root instead sets:
    //     options.RuleFileBasePath = builder.Environment.ContentRootPath;
    options.RuleFileBasePath ??= AppContext.BaseDirectory;
});

var app = builder.Build();
app.UseExceptionHandler();

// POST /score with one record ({ "id", "type", "values": { … }, "reviews": { … } }) → the result with its trace.
// A body that is not a record, or a record the rules cannot score, is an RFC 9457 problem details response.
app.MapPost("/score", async (HttpRequest request, ScoringEngine engine) =>
{
    JsonDocument body;
    try
    {
        body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
    }
    catch (JsonException ex)
    {
        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body is not JSON.", detail: ex.Message);
    }

    using (body)
    {
        var read = RecordReader.ReadJsonRecord(body.RootElement);
        var rejection = read.Rejection;
        if (read.Record is { } record && engine.TryScore(record, out var result, out rejection))
        {
            return Results.Text(ResultJson.Serialize(result), "application/json; charset=utf-8");
        }

        return Results.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The record cannot be scored.",
            detail: rejection!.Reason,
            type: "urn:partybuilding-scoring:rejection:" + rejection.Code,
            extensions: new Dictionary<string, object?> { ["code"] = rejection.Code, ["recordId"] = rejection.Id });
    }
});

// GET /rules → the rule set in force (changes when the rule file is reloaded).
app.MapGet("/rules", (ScoringEngineProvider provider) => new
{
    provider.Engine.RuleSet.Identity.Id,
    provider.Engine.RuleSet.Identity.Version,
    provider.Engine.RuleSet.Identity.Sha256,
    lastReloadError = provider.LastReloadError?.Message,
});

app.Run();

/// <summary>The application's entry point, public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
