import Testing
@testable import ExESDBMonitor

@Suite struct ProtocolDocumentTests {
    /// The lines inside the ```ndjson blocks of docs/protocol.md.
    private func documentedExamples() throws -> [String] {
        var lines: [String] = []
        var inside = false
        for line in try RepositoryFiles.text("docs/protocol.md").split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```ndjson" { inside = true } else if line == "```" { inside = false } else if inside {
                lines.append(String(line))
            }
        }
        return lines
    }

    @Test func theDocumentsExamplesAreTheFixtureFile() throws {
        let fixture = try RepositoryFiles.text("docs/protocol-examples.ndjson").split(separator: "\n").map(String.init)
        #expect(try documentedExamples() == fixture)
    }

    @Test func everyDocumentedExampleDecodes() throws {
        for line in try documentedExamples() {
            guard case .event = decode(line) else {
                Issue.record("example did not decode: \(line) → \(decode(line))")
                continue
            }
        }
    }

    @Test func theExamplesCoverEveryMessageType() throws {
        let types = Set(try documentedExamples().compactMap { event($0)?.message.type })
        #expect(types == Set(MessageType.allCases))
    }
}
