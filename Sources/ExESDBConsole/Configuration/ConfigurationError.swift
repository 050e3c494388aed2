import ExESDBMonitor

/// Why a configuration file cannot be used: the file, the line when known, and what is wrong.
public typealias ConfigurationError = FileError
