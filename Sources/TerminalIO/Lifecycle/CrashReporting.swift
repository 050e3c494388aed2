import Glibc

/// Keeps Swift's crash reporter from taking the keyboard.
///
/// On a TTY the Swift backtracer turns interactive after a crash ("Press space to interact") and
/// eats keystrokes. It reads `SWIFT_BACKTRACE` when the runtime starts, so a `setenv` in `main` is
/// too late (measured): the only in-process fix is to set it and re-execute the program once.
public enum CrashReporting {
    /// When `SWIFT_BACKTRACE` is unset, sets it to `interactive=no` and re-executes the program
    /// with the same arguments; returns only when nothing needed doing or the re-exec failed.
    /// Call first thing in `main`, before any thread or file is opened. The executable's real path
    /// (from `/proc/self/exe`) is used so `ps` still shows the program's own name.
    public static func ensureNonInteractiveBacktraces() {
        guard getenv("SWIFT_BACKTRACE") == nil else { return }
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &path, path.count - 1)
        guard length > 0 else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        execv(path, CommandLine.unsafeArgv)
        unsetenv("SWIFT_BACKTRACE")
    }
}
