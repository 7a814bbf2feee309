using System.Net.Sockets;
using System.Text;

namespace Dossier.Tests.Support;

/// <summary>
/// One HTTP/1.1 request written byte for byte on a socket: HttpClient would normalise the path
/// (dot segments, escapes) and set the Host header itself, which is what these tests vary.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }

    /// <param name="host">The Host header's value; null sends none.</param>
    public static async Task<Response> SendAsync(int port, string target, string? host, string method = "GET")
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\n" + (host is null ? "" : $"Host: {host}\r\n") + "Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), timeout.Token);

        // Bounded: a test server's answer is small, and one that never ends fails the test.
        var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0 && buffer.Length < 16 << 20)
        {
            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.ToArray());
    }

    private static Response Parse(byte[] bytes)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.Latin1.GetString(bytes, 0, end < 0 ? bytes.Length : end).Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                var name = line[..colon];
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var before) ? before + ", " + value : value;
            }
        }

        var body = end < 0 ? [] : bytes[(end + 4)..];
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        return new Response(int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, Encoding.UTF8.GetString(body));
    }

    private static byte[] Unchunk(byte[] chunked)
    {
        var body = new MemoryStream();
        var at = 0;
        while (at < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(at).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked, at, lineEnd).Split(';')[0], 16);
            at += lineEnd + 2;
            if (size == 0)
            {
                break;
            }

            var take = Math.Min(size, chunked.Length - at);
            body.Write(chunked, at, take);
            at += take + 2;
        }

        return body.ToArray();
    }
}
