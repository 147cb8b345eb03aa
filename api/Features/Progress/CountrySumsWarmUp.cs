using Dapper;
using EqualityTracker.Api.Data;
using EqualityTracker.Api.Features.Values;

namespace EqualityTracker.Api.Features.Progress;

/// <summary>Computes the national children's sums (<see cref="RollUpSums"/>) of every target's indicator once, as the
/// process starts, before it says it is ready.</summary>
/// <remarks>
/// <para>Those sums read every commune's values: seconds at national scale, the cost a replica would otherwise charge
/// its first leader after a start. Done here, it is paid before <c>/health/ready</c> answers 200, so a load balancer
/// sends a restarted replica no traffic until its first national answer takes what an answer after a write takes
/// (the sums brought up to date by parts). Only the public reading (approved values) is warmed: it is the leaders'.</para>
/// <para>A failure is logged and the process becomes ready anyway — the sums are then computed by the first request
/// that needs them, as without a warm-up. <c>Progress:WarmUp=false</c> switches it off (the tests do, except the one
/// that checks it).</para>
/// </remarks>
public sealed class CountrySumsWarmUp(Database database, CatalogueCache catalogues, RollUpSums sums, DataVersion data,
    IConfiguration configuration, ILogger<CountrySumsWarmUp> logger) : BackgroundService
{
    public const string Setting = "Progress:WarmUp";

    private const string IndicatorsSql = "SELECT DISTINCT indicator_code FROM targets ORDER BY indicator_code";

    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the sums are computed (or the warm-up is off, or failed).</summary>
    public bool IsWarm => done.Task.IsCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(Setting, true))
        {
            done.TrySetResult();
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var version = await data.CurrentAsync(stoppingToken);
            var catalogue = await catalogues.GetAsync();
            await using var connection = await database.OpenAsync(stoppingToken);
            var indicators = (await connection.QueryAsync<string>(new CommandDefinition(IndicatorsSql, cancellationToken: stoppingToken)))
                .Select(code => (Code: code, Source: IndicatorSource.For(code, catalogue)))
                .Where(i => i.Source is { RollsUp: true })
                .ToList();
            var formulas = indicators.Where(i => i.Source!.Formula is not null).Select(i => i.Code).ToList();
            var directs = indicators.Where(i => i.Source!.Formula is null).Select(i => i.Code).ToList();
            foreach (var (codes, isFormula) in new[] { (formulas, true), (directs, false) }.Where(g => g.Item1.Count > 0))
            {
                await sums.ForCountryAsync(connection, catalogue, codes, isFormula, approvedOnly: true, version, stoppingToken);
            }

            logger.LogInformation("Warmed the national sums of {Count} indicators at data version {Version} in {Milliseconds:F0} ms",
                indicators.Count, version, watch.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: nothing to warm for.
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Warming the national sums failed after {Milliseconds:F0} ms; the first request computes them", watch.Elapsed.TotalMilliseconds);
        }
        finally
        {
            done.TrySetResult();
        }
    }
}
