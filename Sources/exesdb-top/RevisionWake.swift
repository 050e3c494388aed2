import Dispatch
import Synchronization

/// Wakes the main queue when a revision moved (the alert book's, a source's state), so a new alert, an
/// acknowledgement or a disconnection is drawn at once rather than at the next scheduled tick; changes that
/// arrive before the main queue runs cost one wake-up.
final class RevisionWake: Sendable {
    private let pending = Atomic<Bool>(false)
    private let seenRevision = Atomic<UInt64>(0)
    private let action: @MainActor @Sendable () -> Void

    /// A wake that runs `action` on the main queue.
    init(action: @escaping @MainActor @Sendable () -> Void) {
        self.action = action
    }

    /// Called from any thread with the latest revision; wakes the main queue when it moved.
    func note(revision: UInt64) {
        guard seenRevision.exchange(revision, ordering: .relaxed) != revision,
              !pending.exchange(true, ordering: .acquiringAndReleasing) else { return }
        DispatchQueue.main.async { [self] in
            pending.store(false, ordering: .releasing)
            MainActor.assumeIsolated { action() }
        }
    }
}
