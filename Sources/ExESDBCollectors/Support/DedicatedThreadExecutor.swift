/// A task executor with a thread of its own, so the async SSH sessions keep running even when
/// every thread of Swift's cooperative pool is busy or blocked elsewhere in the program.
final class DedicatedThreadExecutor: TaskExecutor, @unchecked Sendable {
    /// The executor the SSH collectors share.
    static let ssh = DedicatedThreadExecutor(name: "exesdb-top ssh")

    private let condition = ThreadCondition()
    private var jobs: [UnownedJob] = []

    /// Starts the executor's thread, named `name`.
    init(name: String) {
        startWorkerThread(named: name) { [self] in
            runJobs()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        condition.lock()
        jobs.append(unowned)
        condition.signal()
        condition.unlock()
    }

    private func runJobs() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let batch = jobs
            jobs = []
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
