using Dossier.Tests.Support;
using Xunit;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Not a test: with DOSSIER_SHAPES_TO set to a folder, writes each hostile shape at each size of
/// DOSSIER_SHAPE_SIZES (default "1000,4000") there, as folder/shape-n/input, for measuring the real
/// command line against them (time, output bytes, diagnostics bytes) out of process.
/// </summary>
public class HostileShapeProbe
{
    [Fact]
    public void Writes_the_shapes_when_asked()
    {
        var to = Environment.GetEnvironmentVariable("DOSSIER_SHAPES_TO");
        if (string.IsNullOrEmpty(to))
        {
            return;
        }

        var sizes = (Environment.GetEnvironmentVariable("DOSSIER_SHAPE_SIZES") ?? "1000,4000").Split(',').Select(int.Parse);
        foreach (var (name, shape) in HostileShapes.All)
        {
            foreach (var n in sizes)
            {
                var input = Path.Combine(to, $"{name.Replace(' ', '-')}-{n}", "input");
                Directory.CreateDirectory(input);
                File.WriteAllText(Path.Combine(input, "dossier.yml"), TempDossier.DefaultSettings);
                foreach (var (path, text) in shape(n))
                {
                    var full = Path.Combine(input, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, text);
                }
            }
        }
    }
}
