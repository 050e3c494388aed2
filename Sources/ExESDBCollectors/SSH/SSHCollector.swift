import Subprocess
import Synchronization

/// Runs the system `ssh` to reach a remote node: `ssh -W 127.0.0.1:PORT host` carries the bridge
/// stream both ways; with a path, `tail -n 0 -F PATH` runs remotely (read-only). BatchMode never
/// prompts; ssh's own complaint (host key, authentication, no route) becomes the reason shown.
/// Reconnects with backoff like TCP. Each session's own work runs on a dedicated executor thread (shared
/// by all SSH sources), so a cooperative pool kept busy elsewhere does not stall it.
public final class SSHCollector: Collector {
    public let id: SourceID
    /// Where it connects.
    public let target: SSHTarget
    private let options: SSHOptions
    private let machine: Mutex<Machine>

    private struct Machine {
        var deliver: (@Sendable (CollectorOutput) -> Void)?
        var stopped = false
        var task: Task<Void, Never>?
        var outbox: [[UInt8]] = []
        var droppedSends = 0
        var wake: AsyncStream<Void>.Continuation?
    }

    /// A collector for `target`, named after it unless `id` is given.
    public init(target: SSHTarget, options: SSHOptions = SSHOptions(), id: SourceID? = nil) {
        self.target = target
        self.options = options
        self.id = id ?? SourceID(target.name)
        self.machine = Mutex(Machine())
    }

    /// The exact ssh arguments this collector runs.
    public var arguments: [String] { SSHCommand.arguments(for: target, options: options) }

    /// Lines dropped from the send queue because it was full while disconnected.
    public var droppedSendCount: Int { machine.withLock { $0.droppedSends } }

    public func start(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        let task = Task(executorPreference: DedicatedThreadExecutor.ssh) { [self] in await runForever() }
        machine.withLock {
            $0.deliver = deliver
            $0.task = task
        }
    }

    public func stop() {
        let (task, wake) = machine.withLock { state in
            state.stopped = true
            return (state.task, state.wake)
        }
        wake?.finish()
        task?.cancel()
    }

    @discardableResult
    public func send(line: [UInt8]) -> Bool {
        guard target.path == nil else { return false }
        let wake: AsyncStream<Void>.Continuation?? = machine.withLock { state in
            if state.stopped { return .none }
            state.outbox.append(line)
            if state.outbox.count > options.sendQueueLimit {
                state.outbox.removeFirst(state.outbox.count - options.sendQueueLimit)
                state.droppedSends += 1
            }
            return .some(state.wake)
        }
        guard let wake else { return false }
        wake?.yield()
        return true
    }

    private func emit(_ output: CollectorOutput) {
        let deliver = machine.withLock { $0.stopped ? nil : $0.deliver }
        deliver?(output)
    }

    private func runForever() async {
        var backoff = ReconnectBackoff(policy: options.backoff)
        while !Task.isCancelled {
            emit(.state(id, .connecting))
            let session = await runSession()
            if Task.isCancelled || machine.withLock({ $0.stopped }) { return }
            let delay = backoff.delay(afterConnectedFor: session.connectedFor, unitRandom: Double.random(in: 0...1))
            emit(.state(id, .disconnected(reason: session.reason, retryAt: WallClock.now() + delay)))
            try? await Task.sleep(nanoseconds: UInt64(delay * 1e9))
        }
    }

    /// Runs ssh once; returns why it ended and how long it was connected.
    private func runSession() async -> (reason: String, connectedFor: Double) {
        let (wakeStream, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        machine.withLock { $0.wake = wake }
        wake.yield()
        let errors = LockedValue<[UInt8]>([])
        let connectedAt = LockedValue<Double?>(nil)
        let expectsMarker = target.path != nil
        do {
            let result = try await run(
                .name(options.executable), arguments: Arguments(arguments),
                input: .inputWriter, output: .sequence, error: .sequence
            ) { execution in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await buffer in execution.standardError {
                            buffer.withUnsafeBytes { bytes in
                                errors.withLock { kept in
                                    kept += bytes
                                    if kept.count > 4_096 { kept.removeFirst(kept.count - 4_096) }
                                }
                            }
                        }
                    }
                    group.addTask { [self] in
                        let writer = execution.standardInputWriter
                        for await _ in wakeStream {
                            let lines = machine.withLock { state in
                                defer { state.outbox = [] }
                                return state.outbox
                            }
                            for line in lines { _ = try await writer.write(line + [0x0A]) }
                        }
                        try await writer.finish()
                    }
                    var stream = LineStream(source: id)
                    var awaitingMarker = expectsMarker
                    for try await buffer in execution.standardOutput {
                        let now = WallClock.now()
                        if connectedAt.withLock({ $0 == nil }), !expectsMarker {
                            connectedAt.withLock { $0 = WallClock.monotonic() }
                            emit(.state(id, .connected))
                        }
                        buffer.withUnsafeBytes { bytes in
                            stream.feed(bytes, at: now) { output in
                                guard awaitingMarker, case .lines(var lines) = output else {
                                    emit(output)
                                    return
                                }
                                if lines.first?.text == SSHCommand.readyMarker {
                                    lines.removeFirst()
                                    awaitingMarker = false
                                    connectedAt.withLock { $0 = WallClock.monotonic() }
                                    emit(.state(id, .connected))
                                }
                                if !lines.isEmpty { emit(.lines(lines)) }
                            }
                        }
                    }
                    wake.finish()
                    try await group.waitForAll()
                }
            }
            let connectedFor = connectedAt.withLock { $0.map { WallClock.monotonic() - $0 } } ?? 0
            return (Self.reason(stderr: errors.withLock { $0 }, status: result.terminationStatus), connectedFor)
        } catch {
            wake.finish()
            let connectedFor = connectedAt.withLock { $0.map { WallClock.monotonic() - $0 } } ?? 0
            let complaint = Self.lastLine(errors.withLock { $0 })
            return (complaint ?? "cannot run \(options.executable): \(error)", connectedFor)
        }
    }

    /// ssh's last complaint on standard error, or what its exit status says.
    static func reason(stderr: [UInt8], status: TerminationStatus) -> String {
        if let line = lastLine(stderr) { return line }
        switch status {
        case .exited(0): return "connection closed"
        case .exited(let code): return "ssh exited with status \(code)"
        case .signaled(let signal): return "ssh killed by signal \(signal)"
        }
    }

    private static func lastLine(_ bytes: [UInt8]) -> String? {
        String(decoding: bytes, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map(trimmed)
            .last { !$0.isEmpty }
    }

    private static func trimmed(_ line: Substring) -> String {
        guard let first = line.firstIndex(where: { !$0.isWhitespace }),
              let last = line.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(line[first...last])
    }
}
