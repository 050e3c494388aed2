#if canImport(Glibc)
import Glibc
#endif
import ExESDBMonitor
import Synchronization

/// Appends every received line, with its receive time and source, to a recording file that
/// `ReplayCollector` plays back. One write per batch; safe to call from any thread.
public final class Recorder: Sendable {
    /// The recording's path.
    public let path: String
    private let state: Mutex<(descriptor: Int32, lines: Int)>

    /// Opens (creating or appending to) the recording at `path`.
    public init(path: String) throws(RecorderError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RecorderError(path: path, reason: errnoText(errno)) }
        self.path = path
        self.state = Mutex((descriptor, 0))
    }

    deinit { close() }

    /// Lines written so far.
    public var recordedLineCount: Int { state.withLock { $0.lines } }

    /// Records the lines of `output`; other outputs are not recorded.
    public func record(_ output: CollectorOutput) {
        if case .lines(let lines) = output { record(lines) }
    }

    /// Records `lines` in order.
    public func record(_ lines: [ReceivedLine]) {
        guard !lines.isEmpty else { return }
        var text = ""
        for line in lines {
            text += RecordingEntry(line).encoded
            text += "\n"
        }
        state.withLock { state in
            guard state.descriptor >= 0 else { return }
            var bytes = Array(text.utf8)[...]
            while !bytes.isEmpty {
                let written = bytes.withUnsafeBytes { write(state.descriptor, $0.baseAddress, $0.count) }
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                bytes = bytes.dropFirst(written)
            }
            state.lines += lines.count
        }
    }

    /// Closes the file; later records are ignored.
    public func close() {
        state.withLock { state in
            if state.descriptor >= 0 { _ = Glibc.close(state.descriptor) }
            state.descriptor = -1
        }
    }
}
