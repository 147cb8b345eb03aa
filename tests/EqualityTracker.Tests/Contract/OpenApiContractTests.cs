using System.Text.Json;
using EqualityTracker.Api.Data;
using EqualityTracker.Tests.Infrastructure;

namespace EqualityTracker.Tests.Contract;

/// <summary>The committed <c>openapi.yaml</c> is the contract: the served document must equal it.</summary>
public sealed class OpenApiContractTests() : ApiTest(DatabaseProvider.Sqlite)
{
    private const string Regenerate = "Regenerate it with: dotnet run --project api -- openapi openapi.yaml";

    [Test]
    public async Task ServedDocument_EqualsTheCommittedOpenApiYaml()
    {
        var served = await Client.GetStringAsync("/swagger/v1/swagger.yaml");

        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "openapi.yaml"));

        Assert.That(served.ReplaceLineEndings("\n"), Is.EqualTo(committed.ReplaceLineEndings("\n")), Regenerate);
    }

    [Test]
    public async Task EveryOperation_HasASummaryTagsAndItsErrorResponses()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Op: op.Value)))
            .ToList();
        Assert.That(operations, Has.Count.GreaterThanOrEqualTo(10));
        Assert.Multiple(() =>
        {
            foreach (var (name, op) in operations)
            {
                Assert.That(op.TryGetProperty("summary", out var summary) && summary.GetString()!.Contains(" / ", StringComparison.Ordinal), name + ": bilingual summary");
                Assert.That(op.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0, name + ": tags");
                var parameters = op.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Select(x => x.GetProperty("in").GetString()).ToList() : [];
                var responses = op.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
                if (parameters.Contains("path") && name.StartsWith("GET ", StringComparison.Ordinal))
                {
                    Assert.That(responses, Does.Contain("404"), name + ": an unknown code answers 404");
                }

                if (parameters.Contains("query"))
                {
                    Assert.That(responses, Does.Contain("400"), name + ": a bad filter answers 400");
                }

                foreach (var error in op.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('4') || r.Name.StartsWith('5')))
                {
                    Assert.That(error.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), name + $": {error.Name} is a problem details body");
                }
            }
        });
    }

    [Test]
    public async Task SwaggerUi_IsServed()
    {
        var response = await Client.GetAsync("/swagger/index.html");

        Assert.That(response.IsSuccessStatusCode, Is.True);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("swagger-ui"));
    }
}
