using System.Runtime.InteropServices;

namespace PolicyKb.Publishing;

/// <summary>
/// Hard links (a second name for an existing file's content). The publisher links a file of the new output to the
/// identical file of the previous output instead of writing it again: on a disk, writing the thousands of files of a
/// large site (and freeing the old ones) takes longer than building it.
/// </summary>
internal static partial class HardLinks
{
    private static volatile bool _unsupported;

    /// <summary>Creates <paramref name="link"/> as a new name of <paramref name="existing"/>; false when that cannot be done here.</summary>
    public static bool TryCreate(string existing, string link)
    {
        if (_unsupported)
        {
            return false;
        }

        try
        {
            var created = OperatingSystem.IsWindows()
                ? CreateHardLink(link, existing, IntPtr.Zero)
                : Link(existing, link) == 0;
            if (!created && Unsupported(Marshal.GetLastPInvokeError()))
            {
                // The volume has no hard links (FAT, some network shares) or the folders are on different devices:
                // do not read and compare every other file in vain.
                _unsupported = true;
            }

            return created;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unsupported = true;
            return false;
        }
    }

    private static bool Unsupported(int error) => OperatingSystem.IsWindows()
        ? error is 1 or 17 or 50 // ERROR_INVALID_FUNCTION, ERROR_NOT_SAME_DEVICE, ERROR_NOT_SUPPORTED
        : error is 1 or 18 or 95 or 45 // EPERM, EXDEV, EOPNOTSUPP (Linux 95, macOS 45)
            ;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string link);

    [LibraryImport("kernel32.dll", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLink(string link, string existing, IntPtr securityAttributes);
}
