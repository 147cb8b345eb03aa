using Serilog;
using Serilog.Configuration;
using Serilog.Formatting.Compact;

namespace EqualityTracker.Api.Common;

/// <summary>Where log events go: readable text in Development, one JSON object per line everywhere else.</summary>
public static class ApiLogging
{
    public static void ConfigureConsole(LoggerConfiguration sink, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            sink.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            sink.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
    }
}
