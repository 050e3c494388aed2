import Dashboard
import FuzzChecks

/// Theme text, as a theme file would hold it, through ThemeLoader: a theme or a ThemeError that names the
/// file and a line inside it, never a crash (toml++ is built with NDEBUG).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let text = FuzzInput(data, size).text else { return 0 }
    let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
    do {
        let theme = try ThemeLoader.parse(text, origin: "fuzz.toml", name: "fuzz", base: ThemeCatalog.defaultTheme)
        Invariant.require(!theme.name.isEmpty, "a theme without a name")
    } catch {
        Invariant.require(error.file == "fuzz.toml", "error names \(error.file)")
        if let line = error.line {
            Invariant.require((1...lineCount + 1).contains(line), "error at line \(line) of \(lineCount)")
        }
    }
    return 0
}
