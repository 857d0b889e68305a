using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartyBuilding.Scoring;
using PartyBuilding.Scoring.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PartyBuilding.Scoring (党建考评) in a service collection.</summary>
public static class PartyBuildingScoringServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="ScoringEngineProvider"/> (singleton) and the current <see cref="ScoringEngine"/> (resolved
    /// afresh each time, so a reloaded rule file is picked up), configured in code.
    /// </summary>
    /// <example><code>services.AddPartyBuildingScoring(o => o.RuleFile = "rules/local.json");</code></example>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets where the rules come from.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddPartyBuildingScoring(this IServiceCollection services, Action<PartyBuildingScoringOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return AddCore(services);
    }

    /// <summary>Registers the scoring engine configured from a configuration section (keys of <see cref="PartyBuildingScoringOptions"/>).</summary>
    /// <example><code>services.AddPartyBuildingScoring(builder.Configuration.GetSection("PartyBuildingScoring"));</code></example>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>{ "RuleFile": "rules/local.json", "ReloadOnChange": true }</c>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddPartyBuildingScoring(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<PartyBuildingScoringOptions>(configuration);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions();
        services.TryAddSingleton(sp => new ScoringEngineProvider(
            sp.GetRequiredService<IOptions<PartyBuildingScoringOptions>>().Value,
            sp.GetService<ILoggerFactory>()?.CreateLogger<ScoringEngineProvider>() ?? NullLogger<ScoringEngineProvider>.Instance,
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddTransient(sp => sp.GetRequiredService<ScoringEngineProvider>().Engine);
        return services;
    }
}
