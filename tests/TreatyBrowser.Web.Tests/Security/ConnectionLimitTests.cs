using System.Net.Sockets;
using System.Text;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// One address may hold only so many connections (Connections:MaxPerClient): beyond that its new connections are
/// closed as they arrive, so it cannot lock out other readers. bench/attacks.sh runs the same attack at 19,800
/// connections against a Release build; this test proves the cap on a real socket with a limit of 2.
/// </summary>
public sealed class ConnectionLimitTests
{
    [Fact]
    public async Task Connections_over_the_per_address_limit_are_closed_and_the_others_are_served()
    {
        await using var app = new TestApp(new() { Settings = new Dictionary<string, string> { ["Connections:MaxPerClient"] = "2" } });
        var uri = new Uri(app.StartSocket());
        using var first = await Open(uri);
        using var second = await Open(uri);
        Assert.Equal("", await OpenAndAsk(uri));
        Assert.StartsWith("HTTP/1.1 200", await Ask(second, uri), StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200", await Ask(first, uri), StringComparison.Ordinal);
    }

    private static async Task<TcpClient> Open(Uri uri)
    {
        var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port, TestContext.Current.CancellationToken);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        return client;
    }

    // A connection over the cap is reset as it opens, or closed before it answers.
    private static async Task<string> OpenAndAsk(Uri uri)
    {
        try
        {
            using var client = await Open(uri);
            return await Ask(client, uri);
        }
        catch (SocketException)
        {
            return "";
        }
    }

    // What the server answers to one GET /healthz on the connection: its first line, or "" when it closed it.
    private static async Task<string> Ask(TcpClient client, Uri uri)
    {
        try
        {
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /healthz HTTP/1.1\r\nHost: {uri.Host}\r\n\r\n"), TestContext.Current.CancellationToken);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read);
        }
        catch (IOException)
        {
            return "";
        }
    }


}
