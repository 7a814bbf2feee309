using System.Text;
using Dossier.Building;
using Dossier.Checking;
using Dossier.Rendering;

namespace Dossier.Preview;

/// <summary>The theme the preview last loaded, loaded again only when a file of it changed (its stamp).</summary>
internal sealed class ThemeCache
{
    private Theme? _theme;

    /// <summary>Everything about the loaded theme's files that a change would alter; null until one loads.</summary>
    public string? Stamp { get; private set; }

    /// <summary>The theme the options name, from the last load while none of its files changed; null after reporting why it cannot load.</summary>
    public Theme? Load(BuildOptions options, DiagnosticBag diagnostics)
    {
        var directory = ThemeLocator.Find(options);
        var stamp = StampOf(directory);
        if (_theme is null || stamp != Stamp)
        {
            _theme = Theme.Load(directory, diagnostics);
            Stamp = _theme is null ? null : stamp;
        }

        return _theme;
    }

    private static string StampOf(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            sb.Append(file).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return sb.ToString();
    }
}
