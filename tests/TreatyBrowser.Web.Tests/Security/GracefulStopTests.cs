using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace TreatyBrowser.Web.Tests.Security;

/// <summary>
/// The real app, as a separate process on a real socket, is sent SIGTERM while a request is still arriving: the
/// request completes, new connections are refused, and the process exits 0.
/// </summary>
public sealed partial class GracefulStopTests
{
    private const string Article = "Norland and Sudmark signed a trade pact on Monday that will cut tariffs on grain. The parties will hold joint military exercises every year, officials said.";

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [Fact]
    public async Task On_sigterm_the_request_in_flight_completes_and_the_process_exits_0()
    {
        using var app = Start();
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<string>();
        app.OutputDataReceived += (_, e) => Record(e.Data);
        app.ErrorDataReceived += (_, e) => Record(e.Data);
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        // Generous: with the whole suite running on two cores, a fresh process can take a while to start.
        var baseUrl = await listening.Task.WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);

        using var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var rest = new TaskCompletionSource();
        using var body = new SlowBody(Encoding.UTF8.GetBytes(Article), rest.Task);
        var inFlight = client.PostAsync("/api/analyze", body, CancellationToken.None);
        await body.FirstHalfSent.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        SendSigterm(app.Id);

        // Still draining: alive, but soon taking no new connections (Kestrel stops listening just after the host
        // says it is shutting down, so the check waits for it).
        await WaitFor(() => Log(output).Contains("Application is shutting down", StringComparison.Ordinal), TimeSpan.FromSeconds(20), output);
        await WaitForAsync(() => ConnectionRefusedAsync(new Uri(baseUrl).Port), TimeSpan.FromSeconds(20), output);
        Assert.False(app.HasExited, "the process quit with a request in flight:\n" + Log(output));

        rest.SetResult();
        var response = await inFlight;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("joint-military-exercises", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        await app.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.True(app.ExitCode == 0, $"exit code {app.ExitCode}; the app wrote:\n{Log(output)}");

        void Record(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (Listening().Match(line) is { Success: true } m)
            {
                listening.TrySetResult(m.Groups[1].Value);
            }
        }
    }

    private static string Log(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    // The app built beside the tests, run the way a server runs it: its own process, production settings.
    private static Process Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "TreatyBrowser.Web.dll", "--urls", "http://127.0.0.1:0", $"--Seeds:Path={Seed.Folder}", "--Seeds:Watch=false" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
    }

    private static void SendSigterm(int pid)
    {
        using var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static Task WaitFor(Func<bool> condition, TimeSpan limit, StringBuilder output) =>
        WaitForAsync(() => Task.FromResult(condition()), limit, output);

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan limit, StringBuilder output)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < limit, "timed out; the app wrote:\n" + Log(output));
            await Task.Delay(50, CancellationToken.None);
        }
    }

    private static async Task<bool> ConnectionRefusedAsync(int port)
    {
        try
        {
            using var late = new TcpClient();
            await late.ConnectAsync(IPAddress.Loopback, port, CancellationToken.None);
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    /// <summary>A request body sent in two halves: the second only when the test says so.</summary>
    private sealed class SlowBody(byte[] bytes, Task sendRest) : HttpContent
    {
        private readonly TaskCompletionSource _firstHalfSent = new();

        public Task FirstHalfSent => _firstHalfSent.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = bytes.Length / 2;
            await stream.WriteAsync(bytes.AsMemory(0, half));
            await stream.FlushAsync();
            _firstHalfSent.SetResult();
            await sendRest;
            await stream.WriteAsync(bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = bytes.Length;
            return true;
        }
    }
}
