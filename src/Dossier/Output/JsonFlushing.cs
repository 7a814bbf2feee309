using System.Text.Json;

namespace Dossier.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> over a stream keeps everything it writes in one buffer, doubled
/// as it fills, until it is flushed. The data export and the search index run to tens of megabytes,
/// so their writers are flushed every so often: the file is written as it is made, and no buffer
/// the size of the file is ever allocated (each would be a large-object allocation, and those make
/// the collector go through the whole heap).
/// </summary>
internal static class JsonFlushing
{
    /// <summary>How much a writer may hold before it is flushed.</summary>
    public const int Threshold = 64 * 1024;

    public static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= Threshold)
        {
            writer.Flush();
        }
    }
}
