import ExESDBMonitor
import NIOCore
import NIOPosix
import Synchronization

/// Serves the demo cluster's stream over TCP to any number of clients (`exesdb-top serve-demo`),
/// and re-broadcasts to every client each AlertAck line a client sends. A slow client gets a
/// bounded queue: the oldest lines are dropped and counted, the others are not held back.
public final class DemoServer: Sendable {
    private let seed: UInt64
    private let speed: Double
    private let firstSecond: Int
    private let clientQueueLimit: Int
    private let group: any EventLoopGroup
    private let state = Mutex(Registry())

    private struct Registry {
        var clients: [ObjectIdentifier: NIOLoopBound<DemoClientHandler>] = [:]
        var listener: (any Channel)?
        var generator: DemoCollector?
        var dropped = 0
    }

    /// A server for the demo cluster with `seed` at `speed`, its storyline starting at `firstSecond`; each client
    /// queues up to `clientQueueLimit` lines.
    public init(
        seed: UInt64 = 1, speed: Double = 1, startingAt firstSecond: Int = 0, clientQueueLimit: Int = 20_000,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.seed = seed
        self.speed = speed
        self.firstSecond = firstSecond
        self.clientQueueLimit = clientQueueLimit
        self.group = group
    }

    /// Listens on `host:port` (port 0 picks a free one) and starts the cluster; returns the bound port.
    public func start(host: String = "127.0.0.1", port: Int) throws -> Int {
        let queueLimit = clientQueueLimit
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.writeBufferWaterMark, value: .init(low: 32 * 1024, high: 64 * 1024))
            .childChannelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(DemoClientHandler(server: self, queueLimit: queueLimit))
                }
            }
            .bind(host: host, port: port).wait()
        let generator = DemoCollector(seed: seed, speed: speed, startingAt: firstSecond, id: SourceID("serve-demo"))
        state.withLock {
            $0.listener = channel
            $0.generator = generator
        }
        generator.start { [self] output in
            if case .lines(let lines) = output { broadcast(lines.map(\.bytes)) }
        }
        return channel.localAddress?.port ?? port
    }

    /// Stops the cluster, closes the listener and every client.
    public func stop() {
        let (listener, generator, clients) = state.withLock { registry in
            defer {
                registry.listener = nil
                registry.generator = nil
                registry.clients = [:]
            }
            return (registry.listener, registry.generator, Array(registry.clients.values))
        }
        generator?.stop()
        listener?.close(promise: nil)
        for client in clients {
            client.eventLoop.execute { client.value.closeConnection() }
        }
    }

    /// Clients connected now.
    public var clientCount: Int { state.withLock { $0.clients.count } }

    /// Lines dropped from slow clients' queues so far.
    public var droppedLineCount: Int { state.withLock { $0.dropped } }

    /// Sends `lines` (without newlines) to every client.
    func broadcast(_ lines: [[UInt8]]) {
        let clients = state.withLock { Array($0.clients.values) }
        guard !clients.isEmpty else { return }
        let buffers = lines.map { line -> ByteBuffer in
            var buffer = ByteBuffer()
            buffer.reserveCapacity(line.count + 1)
            buffer.writeBytes(line)
            buffer.writeInteger(UInt8(ascii: "\n"))
            return buffer
        }
        for client in clients {
            client.eventLoop.execute { client.value.enqueue(buffers) }
        }
    }

    func register(_ client: NIOLoopBound<DemoClientHandler>, for key: ObjectIdentifier) {
        state.withLock { $0.clients[key] = client }
    }

    func unregister(_ key: ObjectIdentifier) {
        _ = state.withLock { $0.clients.removeValue(forKey: key) }
    }

    func countDropped(_ count: Int) {
        state.withLock { $0.dropped += count }
    }

    /// True for an AlertAck line in any of the protocol's spellings.
    static func isAlertAcknowledgement(_ line: [UInt8]) -> Bool {
        guard let object = (try? JSONReader.parse(line))?.objectValue else { return false }
        let names: Set<String> = ["AlertAck", "alert_acknowledged", "alert_ack", "ExESDBGater.Messages.AlertMessages.AlertAck"]
        return [object["type"], object["tag"]].contains { $0?.stringValue.map(names.contains) ?? false }
    }
}
