using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Dossier.Rendering;

/// <summary>
/// Serves the theme's partials to Fluid's <c>{% render %}</c> from memory: read once at start-up,
/// never watched, so a build never touches the disk for templates again.
/// </summary>
internal sealed class ThemeFiles(IReadOnlyDictionary<string, string> files) : IFileProvider
{
    // Fluid asks for a partial each time a page renders it: the file objects are made once.
    private readonly Dictionary<string, IFileInfo> _files = files.ToDictionary(kv => kv.Key, kv => (IFileInfo)new MemoryFile(kv.Key, kv.Value), StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        var key = subpath.Replace('\\', '/').TrimStart('/');
        return _files.TryGetValue(key, out var file) ? file : new NotFoundFileInfo(key);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFile(string path, string text) : IFileInfo
    {
        private readonly byte[] _bytes = System.Text.Encoding.UTF8.GetBytes(text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => System.IO.Path.GetFileName(path);

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
