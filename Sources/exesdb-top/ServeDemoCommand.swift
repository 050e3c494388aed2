import ArgumentParser
import Dispatch
import ExESDBCollectors
import ExESDBMonitor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `exesdb-top serve-demo`: the demo cluster's stream over TCP, like a bridge, to any number of consoles.
struct ServeDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-demo",
        abstract: "Serve the demo cluster over TCP like an ExESDB bridge; AlertAck lines from a client go to every client."
    )

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = SourceDescriptor.defaultBridgePort

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Simulated seconds per second.")
    var speed: Double = 1

    @Option(help: "Start the storyline at this second of its 240 s cycle (150: node4 has just failed).")
    var startAt = 0

    func run() throws {
        let server = DemoServer(speed: speed, startingAt: startAt)
        let bound: Int
        do {
            bound = try server.start(host: host, port: port)
        } catch {
            printError("exesdb-top: cannot listen on \(host):\(port): \(error)")
            throw ExitCode(2)
        }
        let banner = Array(
            "serving the demo cluster on \(host):\(bound) — connect with: exesdb-top --source tcp://\(host):\(bound)\n".utf8)
        _ = banner.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        var handlers: [any DispatchSourceSignal] = []
        for (signalNumber, status) in [(SIGINT, Int32(130)), (SIGTERM, 143), (SIGHUP, 129)] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .main)
            source.setEventHandler {
                server.stop()
                Glibc.exit(status)
            }
            source.resume()
            handlers.append(source)
        }
        withExtendedLifetime(handlers) { dispatchMain() }
    }
}
