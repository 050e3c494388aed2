extension Double {
    /// The number with at most `maximumFractionDigits` decimals and no trailing zeros: 2.5, 3, 0.25.
    func formatted(maximumFractionDigits: Int) -> String {
        guard isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<maximumFractionDigits { scale *= 10 }
        let rounded = (self * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 9e15 { return String(Int64(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
