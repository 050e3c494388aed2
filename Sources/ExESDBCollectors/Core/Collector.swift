/// A source of lines: TCP, file, standard input, SSH, replay, /proc or the demo cluster.
///
/// A collector runs on its own threads, never the caller's. `deliver` is called from those threads,
/// one call per batch, never concurrently for one collector. A slow `deliver` slows the source down
/// (backpressure): sources keep at most one read buffer and one partial line (≤ 1 MiB) of their
/// own, so memory stays bounded however fast the far end writes. `start`, `stop` and `send` return
/// at once.
public protocol Collector: AnyObject, Sendable {
    /// The source's name as shown on screen.
    var id: SourceID { get }

    /// Starts reading and delivering. Call once.
    func start(deliver: @escaping @Sendable (CollectorOutput) -> Void)

    /// Stops reading, closes connections and processes; nothing is delivered afterwards.
    func stop()

    /// Sends `line` (without newline) upstream on a bidirectional source. Returns false when the
    /// source cannot send (read-only source or stopped); a disconnected source queues the line.
    @discardableResult
    func send(line: [UInt8]) -> Bool
}

extension Collector {
    /// Read-only sources refuse to send.
    @discardableResult
    public func send(line: [UInt8]) -> Bool { false }
}
