#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Who acknowledges alerts from this console when `--operator` is not given.
enum OperatorIdentity {
    /// `$USER@hostname`.
    static func defaultName() -> String {
        let user = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "operator"
        return "\(user)@\(ProcessInfo.processInfo.hostName)"
    }
}
