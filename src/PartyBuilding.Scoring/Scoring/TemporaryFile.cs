namespace PartyBuilding.Scoring;

// A temporary file that leaves nothing behind, even when it is never disposed or the process is killed: on Windows it is
// opened with DeleteOnClose, which the system honours when the last handle closes (also at process exit); on Unix .NET
// only deletes such a file in Dispose (finalizers do not run at exit), so the name is removed right after opening and
// the open handle alone keeps the data until it is closed.
internal static class TemporaryFile
{
    internal const FileOptions OpenOptions = FileOptions.DeleteOnClose;

    public static FileStream Create(string prefix) => Create(prefix, out _);

    // path: where the file was created; on Unix it no longer has this name once open.
    public static FileStream Create(string prefix, out string path)
    {
        path = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N") + ".tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, OpenOptions);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        return file;
    }
}
