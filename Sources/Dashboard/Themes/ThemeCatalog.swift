#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The themes a user can pick: the built-ins from `themes/` and `NAME.toml` files in a user directory.
public struct ThemeCatalog: Sendable {
    /// The directory of user theme files, if any (see `userDirectory(environment:)`).
    public let userDirectory: String?

    /// A catalog over the built-ins and, when given, a directory of user themes.
    public init(userDirectory: String?) {
        self.userDirectory = userDirectory
    }

    /// `$XDG_CONFIG_HOME/exesdb-top/themes`, or `$HOME/.config/exesdb-top/themes`; nil without either.
    public static func userDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return config + "/exesdb-top/themes"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.config/exesdb-top/themes"
        }
        return nil
    }

    /// The shipped `default` theme.
    public static let defaultTheme: Theme = builtin(named: "default")
        ?? Theme(name: "default", styles: [.selection: Style(attributes: .reverse)])

    /// A built-in theme by name.
    public static func builtin(named name: String) -> Theme? {
        guard let file = BuiltinThemes.files.first(where: { $0.name == name }) else { return nil }
        return try? ThemeLoader.parse(file.text, origin: "builtin:\(name)", name: name)
    }

    /// Built-in names in shipping order, then user theme names not shadowing a built-in, sorted.
    public func availableNames() -> [String] {
        let builtins = BuiltinThemes.files.map(\.name)
        let user = userThemeNames().filter { !builtins.contains($0) }.sorted()
        return builtins + user
    }

    /// A theme by name (a user file first, then a built-in) or by path (anything with `/` or ending
    /// in `.toml`). User themes take the roles they leave out from `default`.
    public func theme(named nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/" as Character) || nameOrPath.hasSuffix(".toml") {
            return try ThemeLoader.load(path: nameOrPath, base: Self.defaultTheme)
        }
        if let userDirectory, userThemeNames().contains(nameOrPath) {
            return try ThemeLoader.load(path: userDirectory + "/" + nameOrPath + ".toml", base: Self.defaultTheme)
        }
        if let file = BuiltinThemes.files.first(where: { $0.name == nameOrPath }) {
            return try ThemeLoader.parse(file.text, origin: "builtin:\(file.name)", name: file.name)
        }
        throw ThemeError(file: nameOrPath, line: nil,
                         message: "no such theme; available: " + availableNames().joined(separator: ", "))
    }

    /// The theme to use: `monochrome` when `noColor` (the `NO_COLOR` convention), else the requested
    /// one, else `default`; a theme that fails to load falls back to `default` with the error returned.
    public func select(_ requested: String?, noColor: Bool) -> (theme: Theme, problem: ThemeError?) {
        let name = noColor ? "monochrome" : (requested ?? "default")
        do {
            return (try theme(named: name), nil)
        } catch {
            return (Self.defaultTheme, error)
        }
    }

    private func userThemeNames() -> [String] {
        guard let userDirectory,
              let entries = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) else { return [] }
        return entries.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
    }
}
