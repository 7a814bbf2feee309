using System.IO.Enumeration;

namespace Dossier.Content;

/// <summary>
/// The files under a folder, found without following links: a link (to a file or a folder) is
/// given as an entry of its own, for the loader to refuse, and never entered, so a link that
/// points back up the tree cannot loop.
/// </summary>
internal static class InputWalk
{
    public readonly record struct Entry(string Path, bool IsLink);

    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0, // dot-files too, as Directory.EnumerateFiles gives them
        IgnoreInaccessible = false,
    };

    /// <param name="recurse">Whether to go into sub-folders (never into links).</param>
    public static IEnumerable<Entry> Files(string folder, bool recurse = true) =>
        new FileSystemEnumerable<Entry>(folder, (ref FileSystemEntry e) => new Entry(e.ToFullPath(), IsLink(ref e)),
            recurse ? Everything : new EnumerationOptions { AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || IsLink(ref e),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e),
        };

    /// <summary>
    /// The same entries' paths only: telling a file that is a link from one that is not takes a
    /// call to the system for each file (a fifth of listing 10,000 pages), and page files are
    /// checked for links one by one when they are read.
    /// </summary>
    public static IEnumerable<string> Paths(string folder) =>
        new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(), Everything)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || IsLink(ref e),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e),
        };

    /// <summary>Every entry directly in a folder (files, folders, links), without following any.</summary>
    public static IEnumerable<(string Path, bool IsDirectory, bool IsLink)> Entries(string folder) =>
        new FileSystemEnumerable<(string, bool, bool)>(folder, (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, IsLink(ref e)),
            new EnumerationOptions { AttributesToSkip = 0 });

    private static bool IsLink(ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) != 0;
}
