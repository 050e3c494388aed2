import Foundation
import Testing

/// A `TERM` the console cannot drive: it says so in words on standard error, prints no escape
/// sequence anywhere, and exits with status 2.
@Suite struct ConsoleUnusableTerminalTests {
    @Test(arguments: [
        ("dumb", "terminal TERM=dumb cannot address the cursor"),
        ("nosuchterm", "unknown terminal type TERM=nosuchterm: no terminfo entry"),
    ])
    func aTerminalThatCannotBeDrivenIsRefusedInWords(term: String, message: String) throws {
        let outcome = try Binary.run(["--demo"], environment: ["TERM": term, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("exesdb-top: " + message), "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty, "\(outcome.standardOutput)")
        #expect(!(outcome.standardOutput + outcome.standardError).contains("\u{1B}"))
    }
}
