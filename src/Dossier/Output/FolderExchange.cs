using System.Runtime.InteropServices;

namespace Dossier.Output;

/// <summary>
/// Swaps two folders in one step where the system can: Linux's renameat2(RENAME_EXCHANGE), after
/// which each name holds what the other held and at no moment does either name hold nothing. Two
/// renames (old site aside, new site in) leave a moment with no site at all, which a web server
/// reading the folder would answer with errors.
/// </summary>
public static partial class FolderExchange
{
    private const int AtCurrentFolder = -100; // AT_FDCWD: paths relative to the current folder, as .NET's are
    private const uint RenameExchange = 2;    // RENAME_EXCHANGE

    // errno: the file system cannot exchange (EINVAL), or the kernel has no renameat2 (ENOSYS),
    // or the file system refuses the flag (EOPNOTSUPP).
    private const int Unsupported = 22;
    private const int NoSuchCall = 38;
    private const int NotSupported = 95;

    /// <summary>True when the two existing folders were swapped; false when this system or file system cannot, and nothing changed.</summary>
    /// <exception cref="IOException">The system can exchange, and failed to.</exception>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        int result;
        try
        {
            result = RenameAt2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange);
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than the call (glibc before 2.28)
        }

        if (result == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno is Unsupported or NoSuchCall or NotSupported
            ? false
            : throw new IOException($"Cannot swap {a} and {b}: {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
