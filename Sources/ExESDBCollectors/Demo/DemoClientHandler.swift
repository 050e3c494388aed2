import NIOCore

/// One client of the demo server: a bounded queue of outgoing lines written as fast as the client
/// reads (oldest dropped when full), and acknowledgements read from it handed to the server.
final class DemoClientHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let server: DemoServer
    private let queueLimit: Int
    private var queue: [ByteBuffer] = []
    private var head = 0
    private var framer = LineFramer()
    private var context: ChannelHandlerContext?

    init(server: DemoServer, queueLimit: Int) {
        self.server = server
        self.queueLimit = max(1, queueLimit)
    }

    /// Queues `lines` (each ending in a newline) and writes what the client can take.
    func enqueue(_ lines: [ByteBuffer]) {
        queue += lines
        let overflow = queue.count - head - queueLimit
        if overflow > 0 {
            head += overflow
            server.countDropped(overflow)
        }
        if head > 4_096 {
            queue.removeFirst(head)
            head = 0
        }
        writeWhileWritable()
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        server.register(NIOLoopBound(self, eventLoop: context.eventLoop), for: ObjectIdentifier(context.channel))
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        server.unregister(ObjectIdentifier(context.channel))
        queue = []
        head = 0
        context.fireChannelInactive()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        writeWhileWritable()
        context.fireChannelWritabilityChanged()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        let chunk = buffer.withUnsafeReadableBytes { framer.append($0) }
        let acknowledgements = chunk.lines.filter(DemoServer.isAlertAcknowledgement)
        if !acknowledgements.isEmpty { server.broadcast(acknowledgements) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func writeWhileWritable() {
        guard let context, context.channel.isActive else { return }
        var wrote = false
        while head < queue.count, context.channel.isWritable {
            context.write(wrapOutboundOut(queue[head]), promise: nil)
            head += 1
            wrote = true
        }
        if wrote { context.flush() }
    }
}

extension DemoClientHandler {
    /// Closes the client's connection (server shutdown).
    func closeConnection() {
        context?.close(promise: nil)
    }
}
