import ArgumentParser

/// The command line: the console by default, and the tools around it.
@main
struct ExESDBTop: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "exesdb-top",
        abstract: "A live terminal console for ExESDB clusters.",
        version: version,
        subcommands: [ValidateCommand.self],
        defaultSubcommand: ValidateCommand.self
    )
}
