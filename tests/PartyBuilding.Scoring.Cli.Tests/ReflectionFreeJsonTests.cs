using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PartyBuilding.Scoring.Cli.Tests;

// Review 2 #8: apps that disable reflection-based System.Text.Json (trimmed, native AOT, file-based `dotnet run app.cs`)
// got InvalidOperationException from every rule-file load. The loader now uses a source-generated context. This runs
// pbscore in a separate process whose runtimeconfig sets the switch, so the rest of the test run is unaffected.
public sealed class ReflectionFreeJsonTests
{
    [Fact]
    public void Validate_ReflectionBasedJsonDisabled_LoadsTheRuleFile()
    {
        var run = RunWithoutJsonReflection("validate", Repository.File("rules/star-rating.json"));

        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith($"{Repository.File("rules/star-rating.json")}: ok (star-rating 2026.1, sha256 ", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Validate_ReflectionBasedJsonDisabledAndWrongType_ReportsTheLocatedRuleFileError()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pbscore-noreflect-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "id": 5 }""");
        try
        {
            var run = RunWithoutJsonReflection("validate", file);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{file}(1,9): error PBS", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("InvalidOperationException", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static PbScoreRun RunWithoutJsonReflection(params string[] args)
    {
        var directory = AppContext.BaseDirectory;
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "pbscore.runtimeconfig.json")))!;
        var properties = config["runtimeOptions"]!["configProperties"] ??= new JsonObject();
        properties["System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault"] = false;
        var runtimeConfig = Path.Combine(Path.GetTempPath(), $"pbscore-noreflect-{Guid.NewGuid():N}.runtimeconfig.json");
        File.WriteAllText(runtimeConfig, config.ToJsonString());
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
            foreach (var arg in (string[])["exec", "--runtimeconfig", runtimeConfig, "--depsfile", Path.Combine(directory, "pbscore.deps.json"), Path.Combine(directory, "pbscore.dll"), .. args])
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new PbScoreRun(process.ExitCode, output, error.Result);
        }
        finally
        {
            File.Delete(runtimeConfig);
        }
    }
}
