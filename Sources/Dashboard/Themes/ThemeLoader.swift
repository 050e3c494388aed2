#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import TOMLKit

/// Reads theme files (TOML, format in `themes/README.md`) into `Theme` values.
///
/// Every problem is a `ThemeError` naming the file and, when it can be found, the line; nothing a
/// user writes can stop the console. Needs the build flag `-Xcxx -DNDEBUG` (see notes): without it
/// the bundled toml++ asserts on some input, so table headers with non-ASCII bytes are refused here
/// before TOMLKit sees them.
public enum ThemeLoader {
    /// The largest theme file read, in bytes.
    public static let maximumFileSize = 256 * 1024

    /// Reads a theme file; the theme is named after the file unless it sets `name`.
    public static func load(path: String, base: Theme? = nil) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(file: path, line: nil, message: "cannot read the file")
        }
        guard data.count <= maximumFileSize else {
            throw ThemeError(file: path, line: nil, message: "larger than \(maximumFileSize) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: path, line: nil, message: "not UTF-8 text")
        }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try parse(text, origin: path, name: stem, base: base)
    }

    /// Parses theme text. `origin` names the source in errors, `name` is used when the text sets
    /// none, and roles the text leaves out come from `base` (or are plain).
    public static func parse(_ text: String, origin: String, name: String, base: Theme? = nil) throws(ThemeError) -> Theme {
        let source = SourceLines(text)
        if let line = source.firstNonASCIITableHeader() {
            throw ThemeError(file: origin, line: line, message: "table names must be ASCII")
        }
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: origin, line: error.source.begin.line, message: error.description)
        } catch {
            throw ThemeError(file: origin, line: nil, message: "\(error)")
        }
        var themeName = name
        var summary = ""
        var roles: TOMLTable?
        for (key, value) in document {
            switch key {
            case "name":
                guard let string = value.string, !string.isEmpty else {
                    throw ThemeError(file: origin, line: source.line(ofKey: key, in: nil), message: "name must be a non-empty string")
                }
                themeName = string
            case "description":
                guard let string = value.string else {
                    throw ThemeError(file: origin, line: source.line(ofKey: key, in: nil), message: "description must be a string")
                }
                summary = string
            case "roles":
                guard let table = value.table else {
                    throw ThemeError(file: origin, line: source.line(ofKey: key, in: nil), message: "roles must be a table")
                }
                roles = table
            default:
                throw ThemeError(file: origin, line: source.line(ofKey: key, in: nil),
                                 message: "unknown key '\(key)' (expected name, description, [roles])")
            }
        }
        guard let roles else {
            throw ThemeError(file: origin, line: nil, message: "no [roles] table")
        }
        var styles = base?.stylesByRole ?? [:]
        var backgrounds: [ThemeRole: Color?] = [:]
        for (key, value) in roles {
            let line = source.line(ofKey: key, in: "roles")
            guard let role = ThemeRole(rawValue: key) else {
                throw ThemeError(file: origin, line: line, message: "unknown role '\(key)'; roles are "
                    + ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let table = value.table else {
                throw ThemeError(file: origin, line: line, message: "role '\(key)' must be a table such as { fg = \"green\", bold = true }")
            }
            let parsed = try roleStyle(table, role: key, origin: origin, line: line)
            styles[role] = parsed.style
            backgrounds[role] = parsed.background
        }
        let textBackground = styles[.text]?.background ?? .default
        for (role, background) in backgrounds where background == nil && role != .text {
            styles[role]?.background = textBackground
        }
        return Theme(name: themeName, summary: summary, styles: styles)
    }

    private static func roleStyle(_ table: TOMLTable, role: String, origin: String, line: Int?) throws(ThemeError) -> (style: Style, background: Color?) {
        var style = Style()
        var background: Color?
        for (key, value) in table {
            switch key {
            case "fg", "bg":
                guard let color = value.string.flatMap(Color.init(parsing:))
                        ?? value.int.flatMap({ UInt8(exactly: $0) }).map(Color.palette) else {
                    throw ThemeError(file: origin, line: line, message: "role '\(role)': bad colour \(value.debugDescription) for \(key); "
                        + "use default, a name such as red or bright-blue, 0-255, or #rrggbb")
                }
                if key == "fg" { style.foreground = color } else { background = color }
            case "bold", "dim", "reverse", "underline":
                guard let flag = value.bool else {
                    throw ThemeError(file: origin, line: line, message: "role '\(role)': \(key) must be true or false")
                }
                let attribute: TextAttributes = switch key {
                case "bold": .bold
                case "dim": .dim
                case "reverse": .reverse
                default: .underline
                }
                if flag { style.attributes.insert(attribute) } else { style.attributes.remove(attribute) }
            default:
                throw ThemeError(file: origin, line: line,
                                 message: "role '\(role)': unknown key '\(key)' (expected fg, bg, bold, dim, reverse, underline)")
            }
        }
        style.background = background ?? .default
        return (style, background)
    }
}
