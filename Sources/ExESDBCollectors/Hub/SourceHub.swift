import ExESDBMonitor
import Synchronization

/// The collector layer's consumer side: starts every collector, drains their mailbox on a thread of its own,
/// decodes each line (off the UI thread), folds each source's multi-line log boxes into one entry, and hands
/// the results to a sink in bounded batches, so the sink never holds its lock long. Records every received line when a recorder is given, and sends lines upstream on the
/// bidirectional sources.
public final class SourceHub: Sendable {
    /// The sources, in the order given.
    public let collectors: [any Collector]
    /// The most decoded lines handed to the sink in one call.
    public let batchLimit: Int
    private let decoder: EventDecoder
    private let recorder: Recorder?
    private let mailbox: LineMailbox
    private let stopSignal = StopSignal()
    private let finished = StopSignal()
    private let recent: Mutex<RecentLines>

    public init(
        collectors: [any Collector], decoder: EventDecoder = EventDecoder(), recorder: Recorder? = nil,
        mailboxCapacity: Int = 100_000, batchLimit: Int = 4_096, recentLines: RecentLines = RecentLines()
    ) {
        self.recent = Mutex(recentLines)
        self.collectors = collectors
        self.decoder = decoder
        self.recorder = recorder
        self.mailbox = LineMailbox(lineCapacity: mailboxCapacity)
        self.batchLimit = max(1, batchLimit)
    }

    /// Starts the sources and the decoding thread; `sink` is called on that thread.
    public func start(sink: @escaping @Sendable (IngestBatch) -> Void) {
        startWorkerThread(named: "exesdb-top ingest") { [self] in
            run(sink: sink)
        }
        for collector in collectors {
            collector.start(deliver: mailbox.post)
        }
    }

    /// Stops every source and the decoding thread, waiting up to `timeout` seconds for the thread to end.
    public func stop(timeout: Double = 2) {
        for collector in collectors { collector.stop() }
        stopSignal.fire()
        mailbox.close()
        finished.wait(seconds: timeout)
        recorder?.close()
    }

    /// Sends `line` upstream on every bidirectional source; returns how many took it.
    @discardableResult
    public func send(line: [UInt8]) -> Int {
        collectors.reduce(0) { $0 + ($1.send(line: line) ? 1 : 0) }
    }

    /// The newest lines received, oldest first, for an incident bundle.
    public var recentLines: [ReceivedLine] { recent.withLock { $0.all } }

    /// Lines waiting in the mailbox for the decoding thread.
    public var pendingLineCount: Int { mailbox.pendingLineCount }

    private func run(sink: @escaping @Sendable (IngestBatch) -> Void) {
        defer { finished.fire() }
        var folders: [SourceID: LogBlockFolder] = [:]
        var batch = IngestBatch()
        func emit(_ result: DecodeResult, from source: SourceID, at receivedAt: Double) {
            batch.lines.append(IngestedLine(source: source, receivedAt: receivedAt, result: result))
            if batch.lines.count >= batchLimit {
                sink(batch)
                batch = IngestBatch()
            }
        }
        while !stopSignal.isFired {
            let outputs = mailbox.drain(waitingUpTo: 1)
            for output in outputs {
                switch output {
                case .lines(let lines):
                    recorder?.record(lines)
                    recent.withLock { ring in
                        for line in lines { ring.append(line) }
                    }
                    for line in lines {
                        let result = decoder.decode(line.bytes, receivedAt: line.receivedAt)
                        guard case .event(let event) = result else {
                            emit(result, from: line.source, at: line.receivedAt)
                            continue
                        }
                        for folded in folders[line.source, default: LogBlockFolder()].feed(event) {
                            emit(.event(folded), from: line.source, at: line.receivedAt)
                        }
                    }
                case .state(let source, let state):
                    if !state.isConnected, let held = folders[source]?.flush() {
                        for event in held { emit(.event(event), from: source, at: event.time.seconds) }
                    }
                    batch.stateChanges.append((source, state))
                case .oversizeLine(let notice):
                    batch.oversizeLines.append(notice)
                }
            }
            if !batch.isEmpty {
                sink(batch)
                batch = IngestBatch()
            }
        }
    }
}
