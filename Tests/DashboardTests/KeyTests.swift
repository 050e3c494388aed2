import Dashboard
import Testing

@Suite struct KeyTests {
    @Test func controlCodesBecomeNamedKeys() {
        #expect(Key(terminalCharacter: 9) == .tab)
        #expect(Key(terminalCharacter: 13) == .enter)
        #expect(Key(terminalCharacter: 10) == .enter)
        #expect(Key(terminalCharacter: 27) == .escape)
        #expect(Key(terminalCharacter: 127) == .backspace)
        #expect(Key(terminalCharacter: 8) == .backspace)
        #expect(Key(terminalCharacter: 12) == .control("l"))
        #expect(Key(terminalCharacter: 3) == .control("c"))
    }

    @Test func printableCharactersStayCharacters() {
        #expect(Key(terminalCharacter: 0x71) == .character("q"))
        #expect(Key(terminalCharacter: 0x3F) == .character("?"))
        #expect(Key(terminalCharacter: 0x754C) == .character("界"))
    }

    @Test func otherControlsAndInvalidCodesAreDropped() {
        #expect(Key(terminalCharacter: 0) == nil)
        #expect(Key(terminalCharacter: 0x1C) == nil)
        #expect(Key(terminalCharacter: 0x9B) == nil)
        #expect(Key(terminalCharacter: 0xD800) == nil)
    }
}
