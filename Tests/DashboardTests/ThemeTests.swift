import Dashboard
import Foundation
import Testing

@Suite struct ThemeTests {
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path
    static let shipped = ["default", "light", "high-contrast", "colorblind", "exesdb-classic", "monochrome"]

    @Test(arguments: shipped)
    func shippedThemeLoadsAndSetsEveryRole(name: String) throws {
        let path = "\(Self.themesDirectory)/\(name).toml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let theme = try ThemeLoader.parse(text, origin: path, name: name)
        #expect(theme.name == name)
        for role in ThemeRole.allCases {
            #expect(text.contains("\n\(role.rawValue) "), "\(name) does not set \(role.rawValue)")
        }
        #expect(theme.style(.selection).attributes.contains(.reverse) || theme.style(.selection).background != .default)
    }

    @Test func builtInCopiesAreIdenticalToTheThemeFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(BuiltinThemes.files.map(\.name).sorted() == files, "run scripts/embed-themes")
        for builtin in BuiltinThemes.files {
            let text = try String(contentsOfFile: "\(Self.themesDirectory)/\(builtin.name).toml", encoding: .utf8)
            #expect(builtin.text == text, "builtin \(builtin.name) differs from themes/\(builtin.name).toml: run scripts/embed-themes")
        }
    }

    @Test func classicUsesExESDBColours() throws {
        let theme = try ThemeCatalog(userDirectory: nil).theme(named: "exesdb-classic")
        #expect(theme.style(.success) == Style(foreground: .brightWhite, background: .blue))
        #expect(theme.style(.failure).background == .red)
        #expect(theme.style(.action).background == .palette(214))
        #expect(theme.style(.health).background == .cyan)
    }

    @Test func colorblindNeverPairsRedWithGreen() throws {
        let theme = try ThemeCatalog(userDirectory: nil).theme(named: "colorblind")
        let reds: Set<Color> = [.red, .brightRed, .palette(196), .palette(160), .palette(124)]
        let greens: Set<Color> = [.green, .brightGreen, .palette(28), .palette(34), .palette(46)]
        for role in ThemeRole.allCases {
            let style = theme.style(role)
            #expect(!reds.contains(style.foreground) && !greens.contains(style.foreground), "\(role)")
            #expect(!reds.contains(style.background) && !greens.contains(style.background), "\(role)")
        }
    }

    @Test func monochromeHasNoColour() throws {
        let theme = try ThemeCatalog(userDirectory: nil).theme(named: "monochrome")
        for role in ThemeRole.allCases {
            #expect(theme.style(role).foreground == .default && theme.style(role).background == .default)
        }
    }

    @Test func syntaxErrorNamesFileAndLine() {
        let text = "name = \"x\"\n[roles]\nsuccess = { fg = \"green\" \n"
        #expect(throws: ThemeError.self) { try ThemeLoader.parse(text, origin: "/tmp/x.toml", name: "x") }
        do {
            _ = try ThemeLoader.parse(text, origin: "/tmp/x.toml", name: "x")
        } catch {
            #expect(error.file == "/tmp/x.toml")
            #expect(error.line == 3)
            #expect(error.description.hasPrefix("/tmp/x.toml:3: "))
        }
    }

    @Test func nonASCIITableHeaderIsAnErrorNotACrash() {
        do {
            _ = try ThemeLoader.parse("name = \"x\"\n[é]\n", origin: "bad.toml", name: "bad")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
            #expect(error.file == "bad.toml")
        }
    }

    @Test(arguments: ["name = é\n", "[roles]\ntext = { fg = é }\n", "[roles]\n\"é\" = {}\n", "[[é\n", "é = 1\n"])
    func nonASCIIGarbageIsAnError(text: String) {
        #expect(throws: ThemeError.self) { try ThemeLoader.parse(text, origin: "bad.toml", name: "bad") }
    }

    @Test func unknownRoleIsAnErrorAtItsLine() {
        let text = "[roles]\ntext = {}\nsucess = { fg = \"green\" }\n"
        do {
            _ = try ThemeLoader.parse(text, origin: "t.toml", name: "t")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 3)
            #expect(error.message.contains("unknown role 'sucess'"))
        }
    }

    @Test func badColourIsAnErrorAtItsLine() {
        let text = "# theme\n[roles]\ntext = {}\n\nwarning = { fg = \"#12345g\", bold = true }\n"
        do {
            _ = try ThemeLoader.parse(text, origin: "t.toml", name: "t")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("t.toml:5: role 'warning': bad colour"))
        }
    }

    @Test func dottedRoleKeysAreFoundToo() {
        let text = "roles.text = {}\nroles.nope = {}\n"
        do {
            _ = try ThemeLoader.parse(text, origin: "t.toml", name: "t")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func rolesWithoutBackgroundTakeTheTextBackground() throws {
        let text = "[roles]\ntext = { fg = \"black\", bg = \"white\" }\nwarning = { fg = 214 }\ncritical = { bg = \"default\" }\n"
        let theme = try ThemeLoader.parse(text, origin: "t.toml", name: "t")
        #expect(theme.style(.warning) == Style(foreground: .palette(214), background: .white))
        #expect(theme.style(.critical).background == .default)
    }

    @Test func userThemesOverrideAndInheritFromDefault() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "[roles]\nhealthy = { fg = \"blue\" }\n".write(toFile: directory + "/mine.toml", atomically: true, encoding: .utf8)
        try "[roles\n".write(toFile: directory + "/broken.toml", atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(userDirectory: directory)
        #expect(catalog.availableNames() == Self.shipped + ["broken", "mine"])
        let mine = try catalog.theme(named: "mine")
        #expect(mine.name == "mine")
        #expect(mine.style(.healthy) == Style(foreground: .blue))
        #expect(mine.style(.unhealthy) == ThemeCatalog.defaultTheme.style(.unhealthy))
        let selected = catalog.select("broken", noColor: false)
        #expect(selected.theme == ThemeCatalog.defaultTheme)
        #expect(selected.problem?.file == directory + "/broken.toml")
        #expect(selected.problem?.line == 1)
    }

    @Test func noColorSelectsMonochrome() {
        let selected = ThemeCatalog(userDirectory: nil).select("light", noColor: true)
        #expect(selected.theme.name == "monochrome")
        #expect(selected.problem == nil)
    }

    @Test func unknownThemeFallsBackToDefaultWithAnError() {
        let selected = ThemeCatalog(userDirectory: nil).select("solarized", noColor: false)
        #expect(selected.theme.name == "default")
        #expect(selected.problem?.message.contains("available: default, light") == true)
    }

    @Test func userDirectoryFollowsXDG() {
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/exesdb-top/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/h"]) == "/h/.config/exesdb-top/themes")
        #expect(ThemeCatalog.userDirectory(environment: [:]) == nil)
    }
}
