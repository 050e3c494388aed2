/// The hand-over point between collector threads and the thread that decodes and draws.
///
/// Backpressure, not loss: `post` of a lines batch waits while the mailbox already holds
/// `lineCapacity` lines, so a flooding source is slowed down to the consumer's pace (a TCP peer
/// sees its window close, a file is read later) and memory stays bounded. State changes and
/// oversize notices never wait. Waits are sliced so a closed mailbox releases every poster at once;
/// lines posted after `close` are counted in `refusedLineCount` and dropped.
public final class LineMailbox: @unchecked Sendable {
    /// The most lines held before posters wait.
    public let lineCapacity: Int
    private let condition = ThreadCondition()
    private var outputs: [CollectorOutput] = []
    private var heldLines = 0
    private var closed = false
    private var refused = 0
    private var waits = 0

    /// A mailbox that holds up to `lineCapacity` lines.
    public init(lineCapacity: Int = 200_000) {
        self.lineCapacity = max(1, lineCapacity)
    }

    /// Hands `output` over; a lines batch waits while the mailbox is full. Use as a collector's `deliver`.
    public func post(_ output: CollectorOutput) {
        condition.lock()
        defer { condition.unlock() }
        if case .lines(let lines) = output {
            var waited = false
            while !closed, heldLines > 0, heldLines + lines.count > lineCapacity {
                waited = true
                condition.wait(seconds: 0.1)
            }
            if waited { waits += 1 }
            if closed {
                refused += lines.count
                return
            }
            heldLines += lines.count
        } else if closed {
            return
        }
        outputs.append(output)
        condition.broadcast()
    }

    /// Takes everything posted so far, oldest first. Waits up to `timeout` seconds when empty.
    public func drain(waitingUpTo timeout: Double = 0) -> [CollectorOutput] {
        condition.lock()
        defer { condition.unlock() }
        if outputs.isEmpty, timeout > 0, !closed {
            condition.wait(seconds: timeout)
        }
        let taken = outputs
        outputs = []
        heldLines = 0
        condition.broadcast()
        return taken
    }

    /// Releases waiting posters and refuses further lines.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Lines currently held.
    public var pendingLineCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return heldLines
    }

    /// Lines refused because the mailbox was closed.
    public var refusedLineCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return refused
    }

    /// How many posts had to wait for the consumer (a measure of backpressure applied).
    public var backpressureWaitCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return waits
    }
}
