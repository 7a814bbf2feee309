namespace Dossier.Benchmarks.Runner;

/// <summary>
/// The pipeline a Hugo user runs for the deliverables <c>dossier build</c> makes: <c>hugo</c> for
/// the site, Pagefind for its search index, then <c>zip</c> for an offline copy. This class finds
/// the two tools after Hugo (Pagefind from npm, at a pinned version, installed into a cache folder
/// of the repository) and runs the two steps that follow a Hugo build.
/// </summary>
internal sealed class PeerPipeline
{
    /// <summary>Pinned: the figures compare against this version, and a newer one may be faster or slower.</summary>
    public const string PagefindVersion = "1.6.0";

    /// <summary>
    /// zip's fastest level, <c>-1</c>: Dossier's offline zip is written at
    /// <c>CompressionLevel.Fastest</c> (zlib-ng's level 1), so both zips do the same kind of deflate.
    /// </summary>
    public const string ZipLevel = "-1";

    private PeerPipeline(string pagefind, string zip)
    {
        Pagefind = pagefind;
        Zip = zip;
    }

    /// <summary>The Pagefind program itself, the native binary the npm package ships (no node start-up in front of it).</summary>
    public string Pagefind { get; }

    public string Zip { get; }

    /// <summary>Finds or installs Pagefind and finds zip; null (with the reason on stderr) when either is missing.</summary>
    public static PeerPipeline? Prepare()
    {
        var zip = Repo.Capture("sh", "-c", "command -v zip");
        if (string.IsNullOrEmpty(zip))
        {
            Console.Error.WriteLine("cannot find `zip`: install it (apt-get install -y zip)");
            return null;
        }

        var cache = Path.Combine(Repo.Root, ".cache", "pagefind", PagefindVersion);
        var binary = FindBinary(cache);
        if (binary is null)
        {
            // Into a cache folder, not a package.json at the repository's top, which stays free of npm.
            Console.WriteLine($"installing pagefind@{PagefindVersion} from npm into {cache}…");
            Directory.CreateDirectory(cache);
            var install = ProcessMeter.Run("npm", ["install", "--prefix", cache, "--no-save", "--no-audit", "--no-fund", $"pagefind@{PagefindVersion}"]);
            binary = install.ExitCode == 0 ? FindBinary(cache) : null;
            if (binary is null)
            {
                Console.Error.WriteLine(install.StdErr);
                Console.Error.WriteLine($"cannot install pagefind@{PagefindVersion} (npm install --prefix {cache} pagefind@{PagefindVersion})");
                return null;
            }
        }

        return new PeerPipeline(binary, zip);
    }

    /// <summary>Pagefind's version line, for the header of the results.</summary>
    public string Version => Repo.Capture(Pagefind, "--version") ?? $"pagefind {PagefindVersion}";

    /// <summary>Indexes the Hugo output for search, into its <c>pagefind/</c> folder, as a Hugo site does.</summary>
    public Measurement Index(string hugoOutput) => ProcessMeter.Run(Pagefind, ["--site", hugoOutput]);

    /// <summary>Zips the Hugo output (search index included) into <paramref name="archive"/>, replacing it.</summary>
    public Measurement Archive(string hugoOutput, string archive)
    {
        File.Delete(archive);
        return ProcessMeter.Run(Zip, ["-q", "-r", ZipLevel, archive, "."], hugoOutput);
    }

    /// <summary>
    /// The platform package's program (<c>@pagefind/linux-x64/bin/pagefind_extended</c> and the
    /// like), the one the npm command starts.
    /// </summary>
    private static string? FindBinary(string cache)
    {
        var scope = Path.Combine(cache, "node_modules", "@pagefind");
        if (!Directory.Exists(scope))
        {
            return null;
        }

        return Directory.EnumerateDirectories(scope)
            .Select(d => Path.Combine(d, "bin"))
            .Where(Directory.Exists)
            .SelectMany(bin => Directory.EnumerateFiles(bin, "pagefind*"))
            .Where(f => Path.GetExtension(f) is "" or ".exe")
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
