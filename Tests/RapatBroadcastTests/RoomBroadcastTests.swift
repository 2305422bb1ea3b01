import Foundation
import XCTest
@testable import RapatBroadcast

/// The broadcaster without a network: versions, SSE framing, and what a slow listener is left with.
final class RoomBroadcastTests: XCTestCase {
    func testEachPublishIsANewVersionAndTheSameBytesAreNotRepeated() {
        let broadcast = RoomBroadcast()
        XCTAssertNil(broadcast.latest)
        XCTAssertEqual(broadcast.publish(Data(#"{"h":1}"#.utf8)), 1)
        XCTAssertEqual(broadcast.publish(Data(#"{"h":1}"#.utf8)), 1, "unchanged JSON is not a new version")
        XCTAssertEqual(broadcast.publish(Data(#"{"h":2}"#.utf8)), 2)
        XCTAssertEqual(broadcast.latest?.json, Data(#"{"h":2}"#.utf8))
        XCTAssertEqual(RoomBroadcast(initial: Data("{}".utf8)).latest?.version, 1)
    }

    func testTheFrameCarriesTheVersionAndOneDataLinePerLine() {
        let single = RoomBroadcast.snapshot(version: 7, json: Data(#"{"teks":"a\nb"}"#.utf8))
        XCTAssertEqual(String(buffer: single.frame), "id: 7\ndata: {\"teks\":\"a\\nb\"}\n\n")
        let pretty = RoomBroadcast.snapshot(version: 8, json: Data("{\r\n  \"h\": 1\r\n}".utf8))
        XCTAssertEqual(String(buffer: pretty.frame), "id: 8\ndata: {\ndata:   \"h\": 1\ndata: }\n\n",
                       "a raw newline can never end the event early")
    }

    func testASlowListenerIsOwedOneWakeNotTheHistory() async {
        let broadcast = RoomBroadcast(initial: Data("0".utf8))
        let (id, wakes) = broadcast.subscribe()
        XCTAssertEqual(broadcast.clientCount, 1)
        for h in 1...500 { broadcast.publish(Data("\(h)".utf8)) }
        var iterator = wakes.makeAsyncIterator()
        let wake = await iterator.next()
        XCTAssertEqual(wake, .update)
        XCTAssertEqual(broadcast.latest?.version, 501, "the listener then reads the latest")
        broadcast.remove(id)
        XCTAssertEqual(broadcast.clientCount, 0)
        let after = await iterator.next()
        XCTAssertNil(after, "only one wake was kept, and the stream ended on removal")
    }

    func testListenersAreCountedAsTheyComeAndGo() {
        let broadcast = RoomBroadcast()
        let seen = Counts()
        broadcast.observeClients { seen.append($0) }
        let a = broadcast.subscribe()
        let b = broadcast.subscribe()
        broadcast.remove(a.id)
        broadcast.remove(a.id)
        broadcast.remove(b.id)
        XCTAssertEqual(seen.values, [1, 2, 1, 0])
    }

    func testPageTextIsEscaped() {
        XCTAssertEqual(RoomPage.escape(#"<b>"Rapat" & 'X'</b>"#), "&lt;b&gt;&quot;Rapat&quot; &amp; &#39;X&#39;&lt;/b&gt;")
        let json = RoomPage.scriptJSON(["a": "</script><script>alert(1)</script>"])
        XCTAssertFalse(json.contains("<"))
        XCTAssertFalse(json.contains(">"))
        let decoded = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        XCTAssertEqual(decoded?["a"], "</script><script>alert(1)</script>")
    }

    final class Counts: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [Int] = []
        var values: [Int] { lock.withLock { list } }
        func append(_ n: Int) { lock.withLock { list.append(n) } }
    }
}
