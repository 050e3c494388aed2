/// Why a file of ours (a theme, the configuration) cannot be used: the file, the line when known, and what is
/// wrong, printed the way compilers print it.
public struct FileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path (or `builtin:NAME` for a built-in theme).
    public let file: String
    /// The 1-based line of the problem, when known.
    public let line: Int?
    /// What is wrong, in words.
    public let message: String

    /// An error at a file and line.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form compilers use.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
