import Dashboard
import Testing

@Suite struct LayoutTests {
    static let sizes = [(60, 16), (80, 24), (120, 40), (160, 48), (200, 60), (300, 90)]

    @Test(arguments: sizes.map { [$0.0, $0.1] })
    func gridPanesTileTheBodyWithoutOverlap(size: [Int]) {
        let layout = DashboardLayout(width: size[0], height: size[1], zoomed: nil)
        #expect(Set(layout.panes.keys) == Set(PaneID.grid))
        #expect(layout.header.height == 2)
        #expect(layout.footer.y == size[1] - 1)
        var covered = Set<Int>()
        for rect in layout.panes.values {
            #expect(rect.height >= 4 && rect.width >= 18, "\(rect)")
            #expect(rect.y >= layout.body.y && rect.bottom <= layout.body.bottom)
            for y in rect.y..<rect.bottom {
                for x in rect.x..<rect.right {
                    #expect(covered.insert(y * size[0] + x).inserted)
                }
            }
        }
        #expect(covered.count == layout.body.width * layout.body.height)
    }

    @Test func zoomedPaneTakesTheWholeBody() {
        for pane in PaneID.allCases {
            let layout = DashboardLayout(width: 80, height: 24, zoomed: pane)
            #expect(layout.panes == [pane: layout.body])
        }
    }

    @Test func panesGrowWithTheScreen() {
        let small = DashboardLayout(width: 80, height: 24, zoomed: nil)
        let large = DashboardLayout(width: 200, height: 60, zoomed: nil)
        for pane in PaneID.grid {
            #expect(large.panes[pane]!.width > small.panes[pane]!.width)
            #expect(large.panes[pane]!.height > small.panes[pane]!.height)
        }
    }

    @Test func minimumSize() {
        #expect(DashboardLayout.fits(width: 60, height: 16))
        #expect(!DashboardLayout.fits(width: 59, height: 16))
        #expect(!DashboardLayout.fits(width: 60, height: 15))
    }
}
