import Foundation
import Testing

/// Hostile text in every text field of every message type and in raw log lines must never reach the terminal:
/// what `snapshot --ansi` prints holds no escape sequence but the renderer's own SGR colours, and no control,
/// C1, bidi or zero-width character.
@Suite struct TerminalInjectionTests {
    /// The dangerous sequences, as they would arrive.
    static let corpus: [(name: String, text: String)] = [
        ("OSC 52 clipboard write", "\u{1B}]52;c;cm0gLXJmIH4K\u{07}"),
        ("OSC 0 title", "\u{1B}]0;owned\u{07}"),
        ("OSC 2 title with ST", "\u{1B}]2;owned\u{1B}\\"),
        ("OSC 8 hyperlink", "\u{1B}]8;;http://example.invalid\u{1B}\\link\u{1B}]8;;\u{1B}\\"),
        ("CSI clear screen", "\u{1B}[2J"),
        ("CSI cursor home", "\u{1B}[H"),
        ("CSI cursor move", "\u{1B}[10;40H"),
        ("CSI leave alternate screen", "\u{1B}[?1049l"),
        ("CSI erase line", "\u{1B}[2K"),
        ("DCS sixel", "\u{1B}Pq#0;2;0;0;0\u{1B}\\"),
        ("APC", "\u{1B}_payload\u{1B}\\"),
        ("PM", "\u{1B}^privacy\u{1B}\\"),
        ("SOS", "\u{1B}Xstart\u{1B}\\"),
        ("two-byte ESC", "\u{1B}c"),
        ("8-bit CSI", "\u{9B}2J"),
        ("8-bit OSC", "\u{9D}0;owned\u{07}"),
        ("8-bit DCS", "\u{90}q\u{9C}"),
        ("DEL", "a\u{7F}b"),
        ("NUL", "a\u{00}b"),
        ("BEL", "a\u{07}b"),
        ("backspace", "abc\u{08}\u{08}x"),
        ("carriage return", "safe\rspoof"),
        ("right-to-left override", "alert \u{202E}lacitirc\u{202C}"),
        ("bidi isolates", "\u{2066}a\u{2067}b\u{2068}c\u{2069}"),
        ("right-to-left mark", "x\u{200F}y"),
        ("zero-width joiner", "👩\u{200D}💻"),
        ("VS16 after warning sign", "⚠\u{FE0F} warning"),
        ("zero-width space", "a\u{200B}b"),
        ("byte-order mark", "\u{FEFF}text"),
    ]

    /// Bytes that are not UTF-8 (each line carrying them must be rejected, never drawn).
    static let invalidUTF8: [(name: String, bytes: [UInt8])] = [
        ("lone continuation byte", [0x80]),
        ("overlong slash", [0xC0, 0xAF]),
        ("overlong ESC", [0xC0, 0x9B]),
        ("truncated sequence", [0xE2, 0x82]),
        ("UTF-16 surrogate in UTF-8", [0xED, 0xA0, 0x80]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
    ]

    /// Every message type with `payload` in each of its text fields.
    static func lines(carrying payload: String) -> [String] {
        let text = jsonString(payload)
        return [
            #"{"type":"ComponentHealth","component":\#(text),"node":\#(text),"status":\#(text),"details":{\#(text):\#(text)}}"#,
            #"{"type":"ClusterHealth","status":\#(text),"healthy_nodes":1,"total_nodes":2,"degraded_nodes":[\#(text)],"unhealthy_nodes":[\#(text)],"quorum_status":\#(text)}"#,
            #"{"type":"HealthCheck","check_name":\#(text),"node":"n1","result":\#(text),"error":\#(text)}"#,
            #"{"type":"NodeHealth","node":\#(text),"status":\#(text)}"#,
            #"{"type":"ThroughputMetric","operation":\#(text),"rate_per_sec":5,"node":"n1"}"#,
            #"{"type":"LatencyMetric","operation":\#(text),"latency_ms":5,"percentile":\#(text),"node":"n1"}"#,
            #"{"type":"ResourceUsage","resource_type":"memory","usage_percent":50,"node":\#(text),"mount":\#(text)}"#,
            #"{"type":"MetricAlert","metric_name":\#(text),"current_value":99,"threshold_value":90,"severity":"critical","node":\#(text)}"#,
            #"{"type":"PerformanceMetric","metric_name":\#(text),"value":\#(text),"unit":\#(text),"node":"n1","component":\#(text)}"#,
            #"{"type":"SystemAlert","alert_id":\#(text),"severity":"critical","category":\#(text),"title":\#(text),"description":\#(text),"source":\#(text),"node":"n1","metadata":{\#(text):\#(text)}}"#,
            #"{"type":"SystemAlert","alert_type":\#(text),"severity":"warning","message":\#(text),"context":{"k":\#(text)}}"#,
            #"{"type":"AlertAck","alert_id":\#(text),"ack_by":\#(text),"ack_note":\#(text)}"#,
            #"{"type":"AlertEscalation","alert_id":\#(text),"to_level":2,"escalation_reason":\#(text),"notify_contacts":[\#(text)]}"#,
            #"{"type":"DebugTrace","trace_id":\#(text),"component":\#(text),"operation":\#(text),"trace_data":{"x":\#(text)},"stack_trace":\#(text),"node":"n1"}"#,
            #"{"type":"PerformanceAnalysis","component":\#(text),"analysis_type":\#(text),"findings":{"x":\#(text)},"recommendations":[\#(text)],"severity":\#(text),"node":"n1"}"#,
            #"{"type":"SystemState","snapshot_type":\#(text),"state_data":{"largest_processes":[{"name":\#(text),"pid":\#(text),"memory":1}]},"trigger_reason":\#(text),"node":"n1"}"#,
            #"{"type":"LogEvent","message":\#(text),"component":\#(text),"store_id":\#(text),"pid":\#(text),"node":"n1"}"#,
            #"{"type":"Heartbeat","node":\#(text),"sequence":1,"interval_ms":60000}"#,
            #"{"type":"StoreTopology","store":\#(text),"leader":\#(text),"members":[\#(text),"n1"]}"#,
            #"{"type":\#(text)}"#,
        ]
    }

    /// `text` as a JSON string literal with every control character escaped, as a bridge would send it.
    static func jsonString(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// What the terminal would receive that is not the renderer's own: every escape sequence other than SGR
    /// (`ESC [ digits;… m`), every control character but newline, C1 controls, bidi and zero-width characters.
    static func foreignSequences(in output: String) -> [String] {
        var found: [String] = []
        let scalars = Array(output.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" {
                var end = index + 1
                if end < scalars.count, scalars[end] == "[" {
                    end += 1
                    while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == ";" { end += 1 }
                    if end < scalars.count, scalars[end] == "m" {
                        index = end + 1
                        continue
                    }
                }
                found.append("ESC at scalar \(index): " + String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 8)])).debugDescription)
                index += 1
                continue
            }
            switch scalar.value {
            case 0x0A: break
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFE0E, 0xFE0F, 0xFEFF:
                found.append(String(format: "U+%04X at scalar %d", scalar.value, index))
            default: break
            }
            index += 1
        }
        return found
    }

    /// One frame of the console fed `data` on standard input, with colours.
    private func snapshotOutput(of data: Data, pane: Int?) throws -> Binary.Outcome {
        var arguments = ["snapshot", "--source", "-", "--after", "10", "--ansi", "--width", "200", "--height", "60"]
        if let pane { arguments += ["--pane", String(pane)] }
        return try Binary.run(arguments, input: data, environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": "/nonexistent"])
    }

    @Test(arguments: corpus.map(\.name))
    func noSequenceReachesTheTerminal(name: String) throws {
        let payload = Self.corpus.first { $0.name == name }!.text
        var lines = Self.lines(carrying: payload)
        lines.append("[EmitterWorker:reg_gh] 📡 HEALTH EVENT: " + payload)
        lines.append("\u{1B}[38;5;15;48;5;1m  💀 EMITTER WORKER TERMINATION 💀 \(payload)\u{1B}[0m")
        lines.append(payload)
        let data = Data((lines.joined(separator: "\n") + "\n").utf8)
        for pane in [nil, 5, 6, 7] as [Int?] {
            let outcome = try snapshotOutput(of: data, pane: pane)
            #expect(outcome.status == 0, "\(name): \(outcome.standardError)")
            let foreign = Self.foreignSequences(in: outcome.standardOutput)
            #expect(foreign.isEmpty, "\(name), pane \(pane.map(String.init) ?? "all"): \(foreign.prefix(5))")
        }
    }

    @Test func invalidUTF8LinesAreRejectedAndNeverDrawn() throws {
        var data = Data()
        for (_, bytes) in Self.invalidUTF8 {
            data.append(contentsOf: Array(#"{"type":"LogEvent","message":"x"#.utf8) + bytes + Array(#""}"#.utf8) + [0x0A])
            data.append(contentsOf: Array("raw ".utf8) + bytes + [0x0A])
        }
        let outcome = try snapshotOutput(of: data, pane: 7)
        #expect(Self.foreignSequences(in: outcome.standardOutput).isEmpty)
        #expect(outcome.standardOutput.contains("invalid UTF-8: \(Self.invalidUTF8.count * 2)"))
    }

    /// `validate` prints what it rejects (an unknown type's name, a missing field's type) to the operator's
    /// terminal too: the same corpus, in the names it quotes.
    @Test func validateQuotesNoSequence() throws {
        var lines: [String] = []
        for (_, payload) in Self.corpus {
            lines.append(#"{"type":\#(Self.jsonString(payload)),"node":\#(Self.jsonString(payload))}"#)
            lines.append(#"{"type":"ThroughputMetric","rate_per_sec":1,"node":\#(Self.jsonString(payload))}"#)
        }
        let outcome = try Binary.run(["validate", "-"], input: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(outcome.status == 1, "every line is rejected")
        #expect(outcome.standardOutput.contains("unknown type"), "\(outcome.standardOutput.prefix(400))")
        let foreign = Self.foreignSequences(in: outcome.standardOutput + outcome.standardError)
        #expect(foreign.isEmpty, "\(foreign.prefix(5))")
    }

    /// The live console in a real terminal (tmux), following a file that holds the whole corpus in every field
    /// of every type and in raw log lines, with each pane zoomed in turn: every byte it writes is recorded, and
    /// none is an OSC, DCS, APC, PM or SOS string, a reset, an 8-bit control, or a bidi, zero-width or VS16
    /// character; the window title and the clipboard (tmux's `set-clipboard on`) stay untouched and the header
    /// stays on the first row. (CSI sequences are the renderer's own trade and are judged by their effect on
    /// the screen; BEL is the console's own alert bell.)
    @Test func inARealTerminalNothingEscapes() throws {
        guard TmuxSession.isInstalled else {
            print("skipped: tmux is not installed (/usr/bin/tmux)")
            return
        }
        let home = try ConsoleHome()
        let corpusFile = home.url.appendingPathComponent("hostile.ndjson")
        let output = home.url.appendingPathComponent("terminal.raw")
        var lines: [String] = []
        for (_, payload) in Self.corpus {
            lines += Self.lines(carrying: payload)
            lines.append("[EmitterWorker:reg_gh] 📡 HEALTH EVENT: " + payload)
            lines.append(payload)
        }
        lines.append("the corpus ends here")
        try (lines.joined(separator: "\n") + "\n").write(to: corpusFile, atomically: true, encoding: .utf8)
        // The console starts after a pause, so that recording is attached before its first byte.
        let console = try TmuxSession(
            "sleep 0.5; '\(Binary.path)' --source 'file:\(corpusFile.path)' --from-start; echo \"\(TmuxSession.exitMarker)$?\"",
            environment: home.environment)
        try console.tmux(["set-option", "-g", "set-clipboard", "on"])
        try console.tmux(["pipe-pane", "-o", "cat >> '\(output.path)'"])
        let title = try console.tmux(["display-message", "-p", "#{pane_title}"])
        let (shown, screen) = try console.waitForScreen(timeout: 15) { $0.contains("the corpus ends here") }
        #expect(shown, "the corpus was read to its end:\n\(screen)")
        for pane in ["5", "6", "7", "Escape"] {
            try console.send(pane)
            Thread.sleep(forTimeInterval: 0.4)
        }
        let firstRow = try console.screen().split(separator: "\n", omittingEmptySubsequences: false).first ?? ""
        #expect(firstRow.contains("healthy") || firstRow.contains("degraded") || firstRow.contains("unhealthy")
                || firstRow.contains("unknown"), "the header is still on the first row: \(firstRow)")
        #expect(try console.tmux(["display-message", "-p", "#{pane_title}"]) == title, "the window title is unchanged")
        #expect(try console.tmux(["list-buffers"]).isEmpty, "nothing reached the clipboard")
        try console.tmux(["pipe-pane"])
        let written = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(written.count > 10_000, "the console's output was recorded (\(written.count) characters)")
        let foreign = Self.foreignStrings(in: written)
        #expect(foreign.isEmpty, "\(foreign.prefix(5))")
    }

    /// In a live terminal's output, what the renderer never writes: string sequences (OSC, DCS, APC, PM, SOS),
    /// a full reset, 8-bit controls, and bidi, zero-width, BOM and VS15/16 characters.
    static func foreignStrings(in output: String) -> [String] {
        var found: [String] = []
        let scalars = Array(output.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\u{1B}", index + 1 < scalars.count, "]P_^Xc".unicodeScalars.contains(scalars[index + 1]) {
                found.append("ESC \(scalars[index + 1]) at scalar \(index)")
            }
            switch scalar.value {
            case 0x80...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFE0E, 0xFE0F, 0xFEFF:
                found.append(String(format: "U+%04X at scalar %d", scalar.value, index))
            default: break
            }
        }
        return found
    }

    @Test func theCheckerCatchesWhatItMust() {
        #expect(Self.foreignSequences(in: "\u{1B}[38;5;15mok\u{1B}[0m\n").isEmpty)
        for (name, text) in Self.corpus {
            #expect(!Self.foreignSequences(in: text).isEmpty, "\(name) would go unnoticed")
        }
    }
}
