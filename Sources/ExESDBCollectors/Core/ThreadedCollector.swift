/// A collector that reads on a worker thread of its own until stopped: `start` runs `run(deliver:)` on a new
/// thread named after the source, and `stop` fires `stopSignal`, which `run` watches between reads.
protocol ThreadedCollector: Collector {
    /// Fired by `stop`; `run` returns soon after.
    var stopSignal: StopSignal { get }

    /// Reads and delivers until `stopSignal` fires or the source ends.
    func run(deliver: @escaping @Sendable (CollectorOutput) -> Void)
}

extension ThreadedCollector {
    public func start(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        startWorkerThread(named: "exesdb-top \(id)") { [self] in
            run(deliver: deliver)
        }
    }

    public func stop() {
        stopSignal.fire()
    }
}
