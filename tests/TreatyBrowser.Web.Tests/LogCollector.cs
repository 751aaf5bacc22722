using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace TreatyBrowser.Web.Tests;

/// <summary>Keeps what the app logs, so a test can check what an operator would read. Serilog picks it up from DI.</summary>
public sealed class LogCollector : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Every message so far at <paramref name="level"/> or above, rendered as an operator reads it.</summary>
    public List<string> Messages(LogEventLevel level) =>
        [.. _events.Where(e => e.Level >= level).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))];
}
