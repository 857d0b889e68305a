using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WebApi.Tests;

// The minimal API hosted in memory: a scored request, and RFC 9457 problem details for what cannot be scored.
public sealed class ScoreEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string FullMarksValues = """
        "branchSetupCompliant": true, "teamUnityGrade": "好", "activitiesHeld": 12, "fundsGuaranteed": true, "affairsOpenScore": 5,
        "studyScore": 6, "unexcusedAbsences": 0, "memberManagementGrade": "好", "newMembers": 2, "activists": 3, "duesLatePayments": 0,
        "systemsEstablished": true, "mechanismGrade": "好", "responsibilityFindings": 0, "innovationGrade": "好", "memberRoleScore": 7,
        "taskCompletionRate": 100, "servicePostsSet": true, "practicalHelpScore": 5, "massSatisfactionRate": 100
        """;

    [Fact]
    public async Task PostScore_ValidRecord_ReturnsTheResult()
    {
        var response = await Post($$"""{ "id": "b01", "type": "agency", "values": { {{FullMarksValues.Replace("\"teamUnityGrade\": \"好\"", "\"teamUnityGrade\": \"较好\"", StringComparison.Ordinal)}} } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var result = json.RootElement.GetProperty("result");
        Assert.Equal(("star-rating", "b01", 99m, "fiveStar"),
            (json.RootElement.GetProperty("ruleSet").GetProperty("id").GetString(), result.GetProperty("id").GetString(),
                result.GetProperty("score").GetDecimal(), result.GetProperty("band").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task PostScore_GradeOutsideTheChoices_ReturnsProblemDetails422()
    {
        var response = await Post($$"""{ "id": "b02", "type": "agency", "values": { {{FullMarksValues.Replace("\"teamUnityGrade\": \"好\"", "\"teamUnityGrade\": \"优\"", StringComparison.Ordinal)}} } }""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(
            ("urn:partybuilding-scoring:rejection:PBR006", "The record cannot be scored.", 422, "PBR006", "b02",
                "input \"teamUnityGrade\" (班子团结评价等次) must be one of \"好\", \"较好\", \"一般\", \"差\", but the record gives \"优\"."),
            (problem.GetProperty("type").GetString(), problem.GetProperty("title").GetString(), problem.GetProperty("status").GetInt32(),
                problem.GetProperty("code").GetString(), problem.GetProperty("recordId").GetString(), problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task PostScore_NotJson_ReturnsProblemDetails400()
    {
        var response = await Post("{ \"id\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetRules_ReportsTheRuleSetInForce()
    {
        var rules = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/rules", TestContext.Current.CancellationToken);

        Assert.Equal(("star-rating", "2026.1"), (rules.GetProperty("id").GetString(), rules.GetProperty("version").GetString()));
    }

    private Task<HttpResponseMessage> Post(string json) =>
        factory.CreateClient().PostAsync("/score", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
