/// Which way a value moved since the previous sample.
public enum TrendDirection: Sendable, CaseIterable {
    case up, down, flat
}
