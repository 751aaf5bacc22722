using System.Net.Sockets;
using System.Text;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// A body the server cannot read is the client's fault and answered so: a chunk size of sixteen f's (which overflows
/// Kestrel's parser) was a 500 that said "it has been logged".
/// </summary>
public sealed class MalformedBodyTests
{
    [Fact]
    public async Task A_chunk_size_past_any_length_is_a_400_not_a_500()
    {
        await using var app = new TestApp();
        var address = new Uri(app.StartSocket());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        var request = $"POST /api/analyze HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "ffffffffffffffff\r\nabc\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), TestContext.Current.CancellationToken);

        var answer = new StringBuilder();
        var buffer = new byte[4096];
        int read;
        while (!answer.ToString().Contains("\r\n\r\n", StringComparison.Ordinal) && (read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken)) > 0)
        {
            answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        Assert.StartsWith("HTTP/1.1 400", answer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Messages(Serilog.Events.LogEventLevel.Error), m => m.Contains("/api/analyze", StringComparison.Ordinal));
    }
}
