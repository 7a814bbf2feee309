using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Dossier.Output;

/// <summary>
/// One build at a time per output folder: the lock file beside it (<see cref="StagingNames.Lock"/>)
/// is held exclusively while the site is written and swapped in, from the moment the content has
/// passed every check (a build that fails writes nothing, not even this file). A second
/// build of the same output does not wait (it could wait forever behind a build that hangs): it
/// stops at once and says why. The system drops the lock when the holder exits, killed or not, so
/// a stale lock file is harmless and is left in place (deleting it would let two builds each lock a
/// file of that name).
/// </summary>
public sealed partial class OutputLock : IDisposable
{
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    private readonly SafeFileHandle _handle;

    private OutputLock(SafeFileHandle handle) => _handle = handle;

    /// <exception cref="OutputFolderRefusedException">Another build holds the lock, or the lock file cannot be made.</exception>
    public static OutputLock Take(string output)
    {
        var path = StagingNames.Lock(output);
        SafeFileHandle handle;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // FileShare.None is the lock itself on Windows. On other systems .NET emulates it with
            // flock(), unless told not to (the command line is: System.IO.DisableFileLocking), so
            // the lock is taken below with flock() whatever .NET did.
            handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (HeldElsewhere(e.HResult))
        {
            throw Busy(output, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderRefusedException($"Cannot make the lock file {path} beside the output folder: {e.Message}");
        }

        if (!OperatingSystem.IsWindows() && Flock(handle, LockExclusive | LockNonBlocking) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw HeldElsewhere(errno)
                ? Busy(output, path)
                : new OutputFolderRefusedException($"Cannot lock {path} beside the output folder: {Marshal.GetPInvokeErrorMessage(errno)}");
        }

        return new OutputLock(handle);
    }

    /// <summary>Closing the file releases the lock.</summary>
    public void Dispose() => _handle.Dispose();

    /// <summary>EWOULDBLOCK on Linux (11) and on macOS and the BSDs (35); ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION on Windows.</summary>
    private static bool HeldElsewhere(int code) =>
        (OperatingSystem.IsWindows() && (code & 0xFFFF) is 32 or 33)
        || (OperatingSystem.IsLinux() && code == 11)
        || (!OperatingSystem.IsWindows() && !OperatingSystem.IsLinux() && code == 35);

    private static OutputFolderRefusedException Busy(string output, string path) =>
        new($"Another build is writing the output folder {output} (it holds {path}). Wait for it to finish, then build again.");

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(SafeFileHandle fd, int operation);
}
