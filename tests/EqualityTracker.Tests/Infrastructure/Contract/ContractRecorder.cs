using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace EqualityTracker.Tests.Infrastructure.Contract;

/// <summary>Checks every answer the API under test gives against the committed contract.</summary>
/// <remarks>
/// Installed by <see cref="ApiFactory"/> in front of the whole pipeline, so every test that talks to the API (through
/// the in-memory client or a real browser) also checks the contract: a status, header, media type or body shape the
/// contract does not declare is a violation, and <see cref="ApiTest"/> fails the test that caused it. Routes the
/// contract does not describe (static files, Swagger) are left alone.
/// </remarks>
public sealed class ContractRecorder
{
    private readonly ConcurrentQueue<string> violations = new();
    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.Ordinal);

    /// <summary>Operation and status pairs answered so far, as <c>"GET /api/plans/{code} 200"</c>.</summary>
    public IReadOnlyCollection<string> Seen => [.. seen.Keys];

    /// <summary>The violations since the last call, and forgets them.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = new List<string>();
        while (violations.TryDequeue(out var violation))
        {
            taken.Add(violation);
        }

        return taken;
    }

    internal async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        var operation = OpenApiContract.Committed.Find(http.Request.Method == "HEAD" ? "GET" : http.Request.Method, http.Request.Path.Value ?? "");
        if (operation is null)
        {
            await next();
            return;
        }

        var original = http.Response.Body;
        var buffer = new TeeStream(original);
        http.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = original;
        }

        if (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client left: nobody reads this answer (its status is the log's 499)
        }

        var response = http.Response;
        var exchange = new ContractExchange(
            http.Request.Method,
            [.. http.Request.Query.Keys],
            response.StatusCode,
            response.ContentType,
            response.Headers.ContentEncoding.FirstOrDefault(),
            response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            buffer.Copy);
        seen.TryAdd($"{operation.Name} {response.StatusCode}", 0);
        foreach (var violation in OpenApiContract.Committed.Check(operation, exchange))
        {
            violations.Enqueue(violation);
        }
    }

    /// <summary>Writes through to the server's stream and keeps a copy of the first bytes for the check.</summary>
    /// <remarks>Writing through keeps the response's timing (started, flushed, streamed) exactly as without it.</remarks>
    private sealed class TeeStream(Stream inner) : Stream
    {
        private const int MaxCopy = 8 * 1024 * 1024;
        private readonly MemoryStream copy = new();

        /// <summary>The bytes written (JSON bodies are far below the cap; a longer download is only partly kept).</summary>
        public byte[] Copy => copy.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (copy.Length < MaxCopy)
            {
                copy.Write(bytes);
            }
        }

        // The server owns the inner stream: closing this one (a StreamWriter's Dispose) must not close it.
        protected override void Dispose(bool disposing)
        {
        }
    }
}

/// <summary>Puts the <see cref="ContractRecorder"/> in front of the application's pipeline.</summary>
internal sealed class ContractRecorderStartup(ContractRecorder recorder) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) => recorder.InvokeAsync(http, () => following(http)));
        next(app);
    };
}
