import ExESDBMonitor
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TOMLKit

extension ConsoleConfiguration {
    /// The largest configuration file read, in bytes.
    public static let maximumFileSize = 256 * 1024

    /// Reads the configuration file at `path`. Every problem, a missing file included, is a
    /// `ConfigurationError` naming the file and, when it can be found, the line; nothing in the file can stop
    /// the process (needs the build flag `-Xcxx -DNDEBUG`, and table headers with non-ASCII bytes are refused
    /// before the TOML parser sees them).
    public static func load(path: String) throws(ConfigurationError) -> ConsoleConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw ConfigurationError(file: path, line: nil, message: reason)
        }
        guard data.count <= maximumFileSize else {
            throw ConfigurationError(file: path, line: nil, message: "larger than \(maximumFileSize) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: path, line: nil, message: "not UTF-8 text")
        }
        var configuration = try ConsoleConfiguration(parsing: text, origin: path)
        configuration.path = path
        return configuration
    }

    /// Reads the configuration file at `path` when there is one; the defaults when there is none.
    public static func loadIfPresent(path: String) throws(ConfigurationError) -> ConsoleConfiguration {
        guard FileManager.default.fileExists(atPath: path) else { return ConsoleConfiguration() }
        return try load(path: path)
    }

    /// Parses configuration text; `origin` names it in errors.
    public init(parsing text: String, origin: String) throws(ConfigurationError) {
        let source = ConfigurationText(text)
        if let line = source.firstNonASCIITableHeader() {
            throw ConfigurationError(file: origin, line: line, message: "table names must be ASCII")
        }
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(file: origin, line: error.source.begin.line, message: error.description)
        } catch {
            throw ConfigurationError(file: origin, line: nil, message: "\(error)")
        }
        self = try ConfigurationReader(origin: origin, source: source).read(document)
    }
}
