import Dispatch
import Synchronization

/// Wakes the main queue when the alert book changed, so a new alert or acknowledgement is drawn at once
/// rather than at the next poll; changes that arrive before the main queue runs cost one wake-up.
final class AlertWake: Sendable {
    private let pending = Atomic<Bool>(false)
    private let seenRevision = Atomic<UInt64>(0)
    private let action: @MainActor @Sendable () -> Void

    /// A wake that runs `action` on the main queue.
    init(action: @escaping @MainActor @Sendable () -> Void) {
        self.action = action
    }

    /// Called from any thread with the alert book's revision; wakes the main queue when it moved.
    func note(revision: UInt64) {
        guard seenRevision.exchange(revision, ordering: .relaxed) != revision,
              !pending.exchange(true, ordering: .acquiringAndReleasing) else { return }
        DispatchQueue.main.async { [self] in
            pending.store(false, ordering: .releasing)
            MainActor.assumeIsolated { action() }
        }
    }
}
