import Glibc

/// The listening socket could not be set up.
struct LineServerError: Error, CustomStringConvertible {
    /// The call that failed, e.g. `bind`.
    var step: String
    var errno: Int32

    var description: String { "\(step): \(String(cString: strerror(errno)))" }
}
