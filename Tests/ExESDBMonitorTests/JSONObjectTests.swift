import Testing
@testable import ExESDBMonitor

@Test func jsonObjectFindsFirstPresentKey() {
    let object = JSONObject([.init("a", .null), .init("b", .integer(2))])
    #expect(object.first("a", "b") == .integer(2))
}
