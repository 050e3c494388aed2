#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file being followed: its descriptor, identity and how far it has been read.
struct FollowedFile {
    let descriptor: Int32
    let device: UInt64
    let inode: UInt64
    var offset: Int64

    /// Opens `path` for reading, positioned at its end when `atEnd`; nil with errno set on failure.
    static func open(_ path: String, atEnd: Bool) -> FollowedFile? {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let saved = errno
            _ = Glibc.close(descriptor)
            errno = saved
            return nil
        }
        let offset = atEnd ? lseek(descriptor, 0, SEEK_END) : 0
        return FollowedFile(
            descriptor: descriptor, device: UInt64(info.st_dev), inode: UInt64(info.st_ino),
            offset: Int64(max(0, offset)))
    }

    /// The size of the open file now, or nil when it cannot be read.
    func currentSize() -> Int64? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    /// True when `path` now names a different file than the one open here.
    func isReplaced(at path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt64(info.st_ino) != inode || UInt64(info.st_dev) != device
    }

    /// Moves back to the start after the file was truncated.
    mutating func rewind() {
        offset = Int64(max(0, lseek(descriptor, 0, SEEK_SET)))
    }

    /// Closes the descriptor.
    func close() {
        _ = Glibc.close(descriptor)
    }
}
