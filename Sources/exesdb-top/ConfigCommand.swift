import ArgumentParser
import ExESDBConsole
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `exesdb-top config check [PATH]`: validates a configuration file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Work with the configuration file.",
        subcommands: [Check.self]
    )

    /// `config check`: reads the file as the console would and reports every problem with its line.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a configuration file (default: $XDG_CONFIG_HOME/exesdb-top/config.toml). Exit 0 when valid, 2 when not."
        )

        @Argument(help: "The file to check.")
        var path: String?

        func run() throws {
            let path = path ?? ConsolePaths.configurationFile(environment: ProcessInfo.processInfo.environment)
            let check = ConfigurationCheck(path: path)
            print(check.report)
            if !check.isOK { throw ExitCode(2) }
        }
    }
}
