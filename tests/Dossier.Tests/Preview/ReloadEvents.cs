using Xunit;

namespace Dossier.Tests.Preview;

/// <summary>The preview's live-reload stream, as an open page reads it.</summary>
internal static class ReloadEvents
{
    /// <summary>Reads the stream until its next "event: reload" line, which must come within 30 s.</summary>
    public static async Task ExpectReload(StreamReader reader)
    {
        var read = Task.Run(async () =>
        {
            string? line;
            while ((line = await reader.ReadLineAsync()) is not null)
            {
                if (line.StartsWith("event: reload", StringComparison.Ordinal))
                {
                    return line;
                }
            }

            return "";
        });
        Assert.True(await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30))) == read, "no reload event within 30 s");
        Assert.Equal("event: reload", await read);
    }
}
