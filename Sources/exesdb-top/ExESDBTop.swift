import ArgumentParser

/// The command line: the console by default, and the tools around it.
@main
struct ExESDBTop: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "exesdb-top",
        abstract: "A live terminal console for ExESDB clusters.",
        discussion: """
            With no --source, reads this machine's /proc and the ExESDB bridge at tcp://127.0.0.1:7755.
            Try it without a cluster: exesdb-top --demo
            """,
        version: version,
        subcommands: [RunCommand.self, ValidateCommand.self, SnapshotCommand.self, ServeDemoCommand.self, ConfigCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
