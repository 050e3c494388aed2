import NIOCore

/// Frames what one TCP connection receives and reports its opening and closing to the collector.
final class TCPLineHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let collector: TCPCollector
    private let generation: Int
    private var stream: LineStream
    private var failure: String?

    init(collector: TCPCollector, generation: Int) {
        self.collector = collector
        self.generation = generation
        self.stream = LineStream(source: collector.id)
    }

    func channelActive(context: ChannelHandlerContext) {
        collector.connectionOpened(context.channel, generation: generation)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        let now = WallClock.now()
        let collector = self.collector
        buffer.withUnsafeReadableBytes { bytes in
            stream.feed(bytes, at: now) { collector.emit($0) }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        collector.connectionClosed(generation: generation, reason: failure ?? "connection closed by peer")
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if failure == nil { failure = connectionErrorText(error) }
        context.close(promise: nil)
    }
}
