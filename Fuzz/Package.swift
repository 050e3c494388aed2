// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for exesdb-top's readers of untrusted input. Built only by `scripts/fuzz`:
//   swift build -c debug --sanitize=fuzzer --sanitize=address -Xcxx -DNDEBUG
// The main package exports no library products, so the modules under test are the main package's own
// source folders, reached through the symlinks in Sources/ (ExESDBMonitor, Dashboard, ExESDBConsole,
// CWidth). Each fuzz target defines `LLVMFuzzerTestOneInput` and no `main`: libFuzzer supplies it.
let package = Package(
    name: "exesdb-top-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "ExESDBMonitor"),
        .target(name: "ExESDBConsole", dependencies: ["ExESDBMonitor", "TOMLKit"]),
        .systemLibrary(name: "CWidth", path: "Sources/CWidth"),
        .target(name: "Dashboard", dependencies: ["ExESDBMonitor", "CWidth", "TOMLKit"]),
        // The invariants the targets check besides "no crash".
        .target(name: "FuzzChecks", dependencies: ["ExESDBMonitor"]),
        // NDJSON lines → EventDecoder → LogBlockFolder → Store.apply.
        .executableTarget(name: "fuzz-ndjson", dependencies: ["ExESDBMonitor", "FuzzChecks"]),
        // JSONReader on any bytes.
        .executableTarget(name: "fuzz-json", dependencies: ["ExESDBMonitor", "FuzzChecks"]),
        // Raw log lines → LogClassifier and LogBlockFolder.
        .executableTarget(name: "fuzz-logs", dependencies: ["ExESDBMonitor", "FuzzChecks"]),
        // NDJSON lines → Store and AlertBook → the dashboard drawn into a Screen of cells.
        .executableTarget(name: "fuzz-screen", dependencies: ["Dashboard", "FuzzChecks"]),
        // Theme text → ThemeLoader (TOMLKit).
        .executableTarget(name: "fuzz-theme", dependencies: ["Dashboard", "FuzzChecks"]),
        // Configuration text → ConfigurationCheck, as `exesdb-top config check` (TOMLKit).
        .executableTarget(name: "fuzz-config", dependencies: ["ExESDBConsole", "FuzzChecks"]),
    ],
    swiftLanguageModes: [.v6]
)
