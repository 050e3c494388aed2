// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "exesdb-top",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "exesdb-top", targets: ["exesdb-top"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Domain: message model, NDJSON codec, log classifier, Store, AlertBook. No I/O, no clock.
        .target(name: "ExESDBMonitor"),
        // Sources: /proc, TCP, file tail, stdin, SSH, replay, demo cluster.
        .target(
            name: "ExESDBCollectors",
            dependencies: [
                "ExESDBMonitor",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        // The console's own files: config.toml (sources, rules), the alert journal, incident bundles.
        .target(
            name: "ExESDBConsole",
            dependencies: ["ExESDBMonitor", "TOMLKit"]
        ),
        // glibc's wcwidth, hidden from Swift unless declared here.
        .systemLibrary(name: "CWidth", path: "Sources/CWidth"),
        // View: Screen of cells, layout, widgets, themes, glyph sets. Never touches the terminal.
        .target(
            name: "Dashboard",
            dependencies: ["ExESDBMonitor", "CWidth", "TOMLKit"]
        ),
        // The only importer of curses.
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        // C helpers for the terminal: restore the screen from a fatal signal handler.
        .target(name: "CTerminalSupport"),
        .target(name: "TerminalIO", dependencies: ["Dashboard", "CNCursesW", "CTerminalSupport"]),
        .executableTarget(
            name: "exesdb-top",
            dependencies: [
                "ExESDBMonitor", "ExESDBCollectors", "ExESDBConsole", "Dashboard", "TerminalIO", "CTerminalSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "exesdb-bench",
            dependencies: ["ExESDBMonitor", "ExESDBCollectors", "Dashboard"]
        ),
        .testTarget(name: "ExESDBMonitorTests", dependencies: ["ExESDBMonitor"]),
        .testTarget(name: "ExESDBCollectorsTests", dependencies: ["ExESDBCollectors"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard"]),
        .testTarget(name: "ExESDBConsoleTests", dependencies: ["ExESDBConsole"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ExESDBMonitor"]),
    ],
    swiftLanguageModes: [.v6]
)
