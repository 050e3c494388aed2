import Glibc

/// A stream file that could not be written or read, with the system's reason.
struct StreamFileError: Error, CustomStringConvertible {
    var path: String
    var errno: Int32

    var description: String { "\(path): \(String(cString: strerror(errno)))" }
}
