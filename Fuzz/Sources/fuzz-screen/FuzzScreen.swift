import Dashboard
import ExESDBMonitor
import FuzzChecks

private let localeIsUTF8 = TextLocale.prepare()

/// The input's lines as a stream, folded into a Store and an AlertBook as the console does, then drawn: the whole
/// dashboard, or one pane zoomed, at a size picked by the first byte. Every drawn cell must be drawable — nothing
/// from the wire may put a control, bidi or VS16 character on the screen — and no number may stop the drawing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScreen(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let decoder = EventDecoder()
    var store = Store()
    var book = AlertBook()
    var folder = LogBlockFolder(classifier: decoder.logClassifier)
    let now = 1_795_700_800.0
    for line in input.lines {
        let result = line.withUnsafeBytes { decoder.decode($0, receivedAt: now) }
        guard case .event(let event) = result else {
            store.apply(result, at: now)
            continue
        }
        for folded in folder.feed(event) {
            store.apply(folded, at: now)
            book.apply(folded, at: now)
        }
    }
    for folded in folder.flush() {
        store.apply(folded, at: now)
        book.apply(folded, at: now)
    }
    book.evaluate(store: store, rules: AlertRule.defaults, at: now)
    let model = DashboardModel(
        store: store, alerts: book.active(at: now + 1), alertHistory: book.history, now: now + 1)

    let pick = Int(input.bytes.first ?? 0)
    let sizes = [(80, 24), (132, 43), (220, 60)]
    let (width, height) = sizes[pick % sizes.count]
    var view = ViewState()
    let zoom = pick / sizes.count % (PaneID.allCases.count + 1)
    if zoom > 0 { view.zoomed = PaneID.allCases[zoom - 1] }
    let glyphs = GlyphSet.all[pick / 64 % GlyphSet.all.count]
    let screen = DashboardRenderer.render(
        model: model, view: view, width: width, height: height, theme: ThemeCatalog.defaultTheme, glyphs: glyphs)
    for y in 0..<screen.height {
        for x in 0..<screen.width {
            let glyph = screen.glyph(x: x, y: y)
            if let scalar = DrawableText.firstForbiddenScalar(in: glyph) {
                Invariant.require(
                    false, "U+\(String(scalar.value, radix: 16, uppercase: true)) drawn at \(x),\(y) of \(width)×\(height)")
            }
        }
    }
    return 0
}
