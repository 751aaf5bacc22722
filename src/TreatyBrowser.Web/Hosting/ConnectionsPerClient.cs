using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;

namespace TreatyBrowser.Web.Hosting;

/// <summary>
/// Caps the connections one address may hold open at once. Kestrel's own cap counts every client together, so one
/// address holding thousands of idle connections would lock everyone else out; with this cap it is its own connections
/// beyond the limit that are closed as they arrive.
/// </summary>
public sealed class ConnectionsPerClient(int limit)
{
    private readonly ConcurrentDictionary<IPAddress, int> _open = new();

    /// <summary>Kestrel connection middleware applying the cap.</summary>
    public ConnectionDelegate Apply(ConnectionDelegate next) => async connection =>
    {
        if (connection.RemoteEndPoint is not IPEndPoint { Address: var address })
        {
            await next(connection);
            return;
        }

        var count = _open.AddOrUpdate(address, 1, (_, n) => n + 1);
        try
        {
            if (count > limit)
            {
                connection.Abort(new ConnectionAbortedException($"more than {limit} connections from one address"));
                return;
            }

            await next(connection);
        }
        finally
        {
            if (_open.AddOrUpdate(address, 0, (_, n) => n - 1) <= 0)
            {
                _open.TryRemove(new KeyValuePair<IPAddress, int>(address, 0));
            }
        }
    };
}
