/// A property every input must keep. A broken invariant stops the fuzzer like a crash, with the reason on
/// standard error, so libFuzzer saves the input.
public enum Invariant {
    /// Stops the process with `reason` unless `condition` holds.
    public static func require(_ condition: Bool, _ reason: @autoclosure () -> String) {
        guard !condition else { return }
        fatalError("invariant broken: \(reason())")
    }
}
