using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PartyBuilding.Scoring.DependencyInjection.Tests;

internal sealed record LogEntry(LogLevel Level, int EventId, string Message);

// Keeps what the provider logs, so tests can assert the diagnostics themselves.
internal sealed class CollectingLogger<T> : ILogger<T>, ILoggerFactory, ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        entries.Enqueue(new LogEntry(logLevel, eventId.Id, formatter(state, exception)));

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
