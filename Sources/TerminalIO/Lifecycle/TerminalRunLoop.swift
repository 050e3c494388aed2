import CTerminalSupport
import Dashboard
import Dispatch
import Glibc

/// Runs the program around a `Terminal` on the main queue: keys, resizes, a timer and signals
/// arrive as callbacks, and every way out restores the terminal before the process exits.
///
/// SIGINT, SIGTERM and SIGHUP stop with status 130, 143 and 129; SIGWINCH resizes; a terminal that
/// goes away (EOF or hang-up on the key descriptor) stops as a hang-up. The callbacks run on the
/// main actor; `onStop` runs after the terminal is restored, just before `exit`.
@MainActor
public final class TerminalRunLoop {
    /// The terminal this loop drives.
    public let terminal: Terminal
    /// Keys read since the last call (never empty).
    public var onKeys: ([Key]) -> Void = { _ in }
    /// The terminal's new size; the next `draw` repaints everything.
    public var onResize: (TerminalSize) -> Void = { _ in }
    /// The timer fired.
    public var onTick: () -> Void = {}
    /// The program is leaving; the terminal is already restored. Flush files here.
    public var onStop: (StopReason) -> Void = { _ in }

    private let tickInterval: Duration
    private var sources: [any DispatchSourceProtocol] = []
    /// When the timer fires next: the main thread's own wait ends then, so a tick costs no other thread a
    /// wake-up (a dispatch timer is armed and fired by dispatch's manager thread).
    private var nextTick = ContinuousClock.now

    /// A loop around `terminal` whose timer fires every `tickInterval` unless `scheduleTick` says otherwise.
    public init(terminal: Terminal, tickInterval: Duration) {
        self.terminal = terminal
        self.tickInterval = tickInterval
    }

    /// Installs the signal and key sources and serves them, with the timer, until `stop`; never returns.
    public func run() -> Never {
        let signals: [(Int32, StopReason?)] = [
            (SIGINT, .interrupt), (SIGTERM, .terminate), (SIGHUP, .hangup), (SIGWINCH, nil),
        ]
        let signalSources = signals.map { DispatchSource.makeSignalSource(signal: $0.0, queue: .main) }
        let keys = DispatchSource.makeReadSource(fileDescriptor: terminal.inputDescriptor, queue: .main)
        // Every source is kept before any handler is installed, so that `stop` never meets the list half-built
        // (ThreadSanitizer orders a handler after its installation, not after the main queue is served).
        sources = signalSources.map { $0 as any DispatchSourceProtocol } + [keys]
        for (source, (_, reason)) in zip(signalSources, signals) {
            source.setEventHandler { [unowned self] in
                MainActor.assumeIsolated {
                    if let reason { stop(reason) } else { resize() }
                }
            }
            source.resume()
        }
        keys.setEventHandler { [unowned self] in
            MainActor.assumeIsolated { readKeys() }
        }
        keys.resume()
        scheduleTick(after: tickInterval)
        serveMainQueue()
    }

    /// Runs what reaches the main queue on this thread, as a run loop does, and fires the timer when its time
    /// comes. `dispatchMain()` would park the thread with `pthread_exit`, whose forced unwind pages in a third
    /// of a MiB of unwind tables for good.
    private func serveMainQueue() -> Never {
        let handle = mainQueueHandle()
        var wakeups: UInt64 = 0
        while true {
            var ready = pollfd(fd: handle, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, Self.milliseconds(until: nextTick)) > 0, ready.revents & Int16(POLLIN) != 0 {
                _ = read(handle, &wakeups, MemoryLayout<UInt64>.size)
            }
            drainMainQueue(nil)
            if ContinuousClock.now >= nextTick - Self.leeway {
                nextTick = .now + tickInterval
                onTick()
            }
        }
    }

    /// How early the timer may fire, so a wait rounded to whole milliseconds does not end just short of it.
    private static let leeway = Duration.milliseconds(1)

    /// The wait until `instant` in whole milliseconds, rounded up (0 once it passed).
    private static func milliseconds(until instant: ContinuousClock.Instant) -> Int32 {
        let left = ContinuousClock.now.duration(to: instant)
        guard left > .zero else { return 0 }
        let (seconds, attoseconds) = left.components
        return Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    /// Makes the timer fire next after `delay`, then every `tickInterval`: a caller that knows its next
    /// deadline sleeps until then instead of polling.
    public func scheduleTick(after delay: Duration) {
        nextTick = .now + delay
    }

    /// Restores the terminal, calls `onStop` and exits with the reason's status.
    public func stop(_ reason: StopReason) -> Never {
        for source in sources { source.cancel() }
        terminal.stop()
        onStop(reason)
        exit(reason.exitStatus)
    }

    private func resize() {
        onResize(terminal.updateSize())
    }

    private func readKeys() {
        let keys = terminal.readKeys()
        if keys.isEmpty {
            if cterminal_input_closed(terminal.inputDescriptor) == 1 { stop(.hangup) }
            return
        }
        if keys.contains(.resize) { resize() }
        let typed = keys.filter { $0 != .resize }
        if !typed.isEmpty { onKeys(typed) }
    }
}

@_silgen_name("_dispatch_get_main_queue_handle_4CF")
private func mainQueueHandle() -> Int32

@_silgen_name("_dispatch_main_queue_callback_4CF")
private func drainMainQueue(_ message: UnsafeMutableRawPointer?)
