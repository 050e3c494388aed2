/// The durations the silence chooser offers.
public enum SilenceChoice: Int, CaseIterable, Sendable, Hashable {
    /// 15 minutes (key 1).
    case fifteenMinutes = 1
    /// One hour (key 2).
    case oneHour
    /// Four hours (key 3).
    case fourHours
    /// Minutes typed by the operator.
    case custom

    /// The label in the chooser, e.g. `15 m`.
    public var label: String {
        switch self {
        case .fifteenMinutes: return "15 m"
        case .oneHour: return "1 h"
        case .fourHours: return "4 h"
        case .custom: return "custom"
        }
    }

    /// The fixed duration in seconds; nil for `custom`.
    public var seconds: Double? {
        switch self {
        case .fifteenMinutes: return 15 * 60
        case .oneHour: return 3600
        case .fourHours: return 4 * 3600
        case .custom: return nil
        }
    }
}
