@testable import ExESDBMonitor

/// Decodes one line at a fixed receive time.
func decode(_ line: String, at time: Double = 1_000) -> DecodeResult {
    EventDecoder().decode(line, receivedAt: time)
}

/// The event of a line that must decode, or nil (which fails the calling expectation).
func event(_ line: String) -> MonitorEvent? {
    if case .event(let event) = decode(line) { return event }
    return nil
}

/// The rejection of a line that must be rejected.
func rejection(_ line: String) -> Rejection? {
    if case .rejected(let rejection) = decode(line) { return rejection }
    return nil
}
