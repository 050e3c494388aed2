/// Why a configuration file cannot be used: the file, the line when known, and what is wrong.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path.
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
