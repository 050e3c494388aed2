import ExESDBMonitor

/// Why a theme could not be used: its file, the line when known, and what is wrong.
public typealias ThemeError = FileError
