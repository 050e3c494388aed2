import ExESDBConsole
import FuzzChecks

/// Configuration text through `exesdb-top config check`'s path: parsed, read and summarised, or refused with
/// an error naming the file; never a crash (toml++ is built with NDEBUG).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let text = FuzzInput(data, size).text else { return 0 }
    let check = ConfigurationCheck(text: text, origin: "fuzz.toml")
    let expected = check.isOK ? "fuzz.toml: OK\n" : "fuzz.toml:"
    Invariant.require(check.report.hasPrefix(expected), "report starts \(check.report.prefix(40).debugDescription)")
    return 0
}
