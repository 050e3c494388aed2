#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX file operations with errno turned into words, for the console's own files.
enum POSIXFile {
    /// Operator-facing text for an errno value: "no space left on device", "not a directory".
    static func text(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message).lowercased()
    }

    /// Creates `path` and missing parents with mode `mode`; an existing directory is left as it is.
    /// Returns the errno of the failure, or nil.
    static func makeDirectory(_ path: String, mode: mode_t) -> Int32? {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, mode) != 0, errno != EEXIST { return errno }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return errno }
        return (info.st_mode & S_IFMT) == S_IFDIR ? nil : ENOTDIR
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and interrupts; returns errno or nil.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Writes `bytes` to a new file `path` (mode 0600) through a temporary file, fsync and rename, then fsyncs
    /// the directory, so that the file is either the old one or the whole new one. Returns errno or nil.
    static func replaceAtomically(_ path: String, with bytes: [UInt8], directory: String) -> Int32? {
        let temporary = path + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return errno }
        if let failure = writeAll(descriptor, bytes) {
            close(descriptor)
            unlink(temporary)
            return failure
        }
        if fsync(descriptor) != 0 {
            let failure = errno
            close(descriptor)
            unlink(temporary)
            return failure
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let failure = errno
            unlink(temporary)
            return failure
        }
        return syncDirectory(directory)
    }

    /// Fsyncs a directory so that a file created or renamed in it survives a crash; returns errno or nil.
    static func syncDirectory(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        return fsync(descriptor) == 0 ? nil : errno
    }

    /// The whole content of `path` (at most `limit` bytes), or the errno of the failure.
    static func read(_ path: String, limit: Int) -> (bytes: [UInt8], failure: Int32?) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return ([], errno) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count < 0 {
                if errno == EINTR { continue }
                return ([], errno)
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return (bytes, nil)
    }
}
