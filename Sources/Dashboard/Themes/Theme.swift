/// A named set of styles, one per `ThemeRole`. Depth-agnostic: the terminal downgrades colours.
public struct Theme: Equatable, Sendable {
    /// The theme's name (`default`, `light`, … or a user file's name).
    public let name: String
    /// One line saying what the theme is for.
    public let summary: String
    private let styles: [Style]

    /// A theme from styles by role; roles not given are `Style.plain`.
    public init(name: String, summary: String = "", styles: [ThemeRole: Style]) {
        self.name = name
        self.summary = summary
        self.styles = ThemeRole.allCases.map { styles[$0] ?? .plain }
    }

    /// The style of a role.
    public func style(_ role: ThemeRole) -> Style {
        styles[Theme.position[role] ?? 0]
    }

    /// Every role with its style, in role order.
    public var stylesByRole: [ThemeRole: Style] {
        Dictionary(uniqueKeysWithValues: zip(ThemeRole.allCases, styles))
    }

    private static let position: [ThemeRole: Int] = Dictionary(
        uniqueKeysWithValues: ThemeRole.allCases.enumerated().map { ($1, $0) })
}
