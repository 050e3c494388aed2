import ExESDBMonitor

extension RecordingEntry {
    /// The entry for a received line.
    public init(_ received: ReceivedLine) {
        self.init(time: received.receivedAt, source: received.source.name, line: received.text)
    }
}
