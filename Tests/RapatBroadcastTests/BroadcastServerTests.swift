import Foundation
import XCTest
@testable import RapatBroadcast
import RapatTesting

/// The server on 127.0.0.1 with a port the system picks, exercised by a real TCP client (`HTTPTestClient`).
final class BroadcastServerTests: XCTestCase {
    /// A running server; `stop()` cancels it and waits until `run` has returned.
    final class Running: @unchecked Sendable {
        let broadcast: RoomBroadcast
        let port: Int
        private let task: Task<Void, any Error>
        private let finished = DispatchSemaphore(value: 0)

        init(broadcast: RoomBroadcast, keepAlive: Duration = .seconds(15)) throws {
            self.broadcast = broadcast
            let ready = DispatchSemaphore(value: 0)
            let bound = PortBox()
            let finished = self.finished
            let server = BroadcastServer(broadcast: broadcast, host: "127.0.0.1", port: 0, keepAlive: keepAlive)
            task = Task {
                defer { finished.signal(); ready.signal() }
                try await server.run { port in
                    bound.port = port
                    ready.signal()
                }
            }
            guard ready.wait(timeout: .now() + 20) == .success, bound.port > 0 else {
                throw HTTPTestClient.Failure(description: "the server did not start")
            }
            port = bound.port
        }

        /// Cancels the server; true when `run` returned within `seconds`.
        @discardableResult
        func stop(within seconds: Double = 5) -> Bool {
            task.cancel()
            return finished.wait(timeout: .now() + seconds) == .success
        }

        deinit { task.cancel() }
    }

    final class PortBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var port: Int {
            get { lock.withLock { value } }
            set { lock.withLock { value = newValue } }
        }
    }

    private func json(_ h: Int, label: String = "BELUM") -> Data {
        Data(#"{"koperasi":"KSP Maju Bersama","kuorum":{"n":120,"h":\#(h),"q":61,"sah":\#(h >= 61),"label":"\#(label)"}}"#.utf8)
    }

    /// Waits until `condition` holds, polling; false after `seconds`.
    private func eventually(_ seconds: Double = 3, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    func testThePageIsServedSelfContained() throws {
        let server = try Running(broadcast: RoomBroadcast(initial: json(10)))
        defer { server.stop() }
        let page = try HTTPTestClient.fetch("GET", "/", port: server.port)
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertTrue(page.headers["content-security-policy"]?.contains("default-src 'none'") == true)
        XCTAssertTrue(page.body.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.body.contains("new EventSource(\"/peristiwa\")"))
        XCTAssertTrue(page.body.contains("<html lang=\"id\">"))
        XCTAssertTrue(page.body.contains("Kuorum"))
        // No external resources, and meeting data never goes through innerHTML.
        XCTAssertFalse(page.body.contains("http://"), "the page loads nothing from elsewhere")
        XCTAssertFalse(page.body.contains("https://"))
        XCTAssertFalse(page.body.contains("innerHTML"))
        XCTAssertTrue(page.body.contains("textContent"))
        // The labels block is valid JSON with every key the script reads.
        let start = try XCTUnwrap(page.body.range(of: "<script type=\"application/json\" id=\"teks\">"))
        let end = try XCTUnwrap(page.body.range(of: "</script>", range: start.upperBound..<page.body.endIndex))
        let labels = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(page.body[start.upperBound..<end.lowerBound].utf8)) as? [String: String])
        for key in ["present", "ofRegistered", "required", "short", "reached", "agendaNumber", "noAgenda", "lastDecision",
                    "lastVote", "nothingYet", "live", "connecting", "reconnecting", "journal", "thousands"] {
            XCTAssertNotNil(labels[key], key)
            XCTAssertTrue(page.body.contains("T.\(key)") || page.body.contains("T[\"\(key)\"]"), "the script uses \(key)")
        }
    }

    func testThePageCarriesTheLatestSnapshotWhereNoDataCanCloseTheScript() throws {
        let broadcast = RoomBroadcast(initial: json(10))
        let server = try Running(broadcast: broadcast)
        defer { server.stop() }
        var page = try HTTPTestClient.fetch("GET", "/", port: server.port)
        XCTAssertTrue(page.body.contains(#"<script type="application/json" id="awal">{"koperasi":"KSP Maju Bersama""#), page.body)
        broadcast.publish(Data(#"{"terakhir":{"teks":"</script><script>alert(1)</script> & <b>"}}"#.utf8))
        page = try HTTPTestClient.fetch("GET", "/", port: server.port)
        XCTAssertFalse(page.body.contains("alert(1)</script>"))
        XCTAssertFalse(page.body.contains("<b>"))
        XCTAssertTrue(page.body.contains(#"{"terakhir":{"teks":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 \u003cb\u003e"}}"#))
        let start = try XCTUnwrap(page.body.range(of: #"<script type="application/json" id="awal">"#))
        let end = try XCTUnwrap(page.body.range(of: "</script>", range: start.upperBound..<page.body.endIndex))
        let embedded = try JSONSerialization.jsonObject(with: Data(page.body[start.upperBound..<end.lowerBound].utf8)) as? [String: [String: String]]
        XCTAssertEqual(embedded?["terakhir"]?["teks"], "</script><script>alert(1)</script> & <b>", "the same text once parsed")
    }

    func testEventsStreamTheLatestAtOnceThenEachNewOne() throws {
        let broadcast = RoomBroadcast(initial: json(10))
        let server = try Running(broadcast: broadcast)
        defer { server.stop() }
        let stream = try HTTPTestClient.events(port: server.port)
        XCTAssertEqual(stream.status, 200)
        XCTAssertEqual(stream.headers["content-type"], "text/event-stream; charset=utf-8")
        XCTAssertEqual(stream.headers["cache-control"], "no-store")
        let first = try XCTUnwrap(stream.nextData())
        XCTAssertEqual(first.id, "1")
        XCTAssertEqual(first.data.map { Data($0.utf8) }, json(10))

        XCTAssertTrue(eventually { broadcast.clientCount == 1 })
        XCTAssertEqual(broadcast.publish(json(11)), 2)
        let second = try XCTUnwrap(stream.nextData())
        XCTAssertEqual(second.id, "2")
        XCTAssertEqual(second.data.map { Data($0.utf8) }, json(11))

        broadcast.publish(json(62, label: "SAH"))
        let third = try XCTUnwrap(stream.nextData())
        XCTAssertEqual(third.id, "3")
        XCTAssertTrue(third.data?.contains(#""label":"SAH""#) == true)
    }

    func testAStreamOpenedBeforeTheFirstSnapshotGetsIt() throws {
        let broadcast = RoomBroadcast()
        let server = try Running(broadcast: broadcast)
        defer { server.stop() }
        let waiting = try HTTPTestClient.fetch("GET", "/keadaan", port: server.port)
        XCTAssertEqual(waiting.status, 503)
        XCTAssertEqual(waiting.body, "Belum ada data rapat.\n")
        let stream = try HTTPTestClient.events(port: server.port)
        let retry = try XCTUnwrap(stream.nextEvent())
        XCTAssertNil(retry.data, "nothing to send before the first publish")
        XCTAssertTrue(eventually { broadcast.clientCount == 1 })
        broadcast.publish(json(1))
        let first = try XCTUnwrap(stream.nextData())
        XCTAssertEqual(first.id, "1")
    }

    func testAReconnectWithLastEventIDGetsTheLatest() throws {
        let broadcast = RoomBroadcast(initial: json(1))
        broadcast.publish(json(2))
        broadcast.publish(json(3))
        let server = try Running(broadcast: broadcast)
        defer { server.stop() }
        let stream = try HTTPTestClient.events(port: server.port, lastEventID: "1")
        let latest = try XCTUnwrap(stream.nextData())
        XCTAssertEqual(latest.id, "3")
        XCTAssertEqual(latest.data.map { Data($0.utf8) }, json(3))
    }

    func testStateAndHealth() throws {
        let broadcast = RoomBroadcast(initial: json(10))
        let server = try Running(broadcast: broadcast)
        defer { server.stop() }
        var state = try HTTPTestClient.fetch("GET", "/keadaan", port: server.port)
        XCTAssertEqual(state.status, 200)
        XCTAssertEqual(state.headers["content-type"], "application/json; charset=utf-8")
        XCTAssertEqual(Data(state.body.utf8), json(10))
        broadcast.publish(json(20))
        state = try HTTPTestClient.fetch("GET", "/keadaan", port: server.port)
        XCTAssertEqual(Data(state.body.utf8), json(20))
        let health = try HTTPTestClient.fetch("GET", "/sehat", port: server.port)
        XCTAssertEqual(health.status, 200)
        XCTAssertEqual(health.body, "ok\n")
        XCTAssertEqual(try HTTPTestClient.fetch("GET", "/tidak-ada", port: server.port).status, 404)
    }

    func testEveryOtherMethodIsRefusedWith405() throws {
        let broadcast = RoomBroadcast(initial: json(10))
        let server = try Running(broadcast: broadcast)
        defer { server.stop() }
        for (method, path) in [("POST", "/"), ("POST", "/keadaan"), ("PUT", "/keadaan"), ("DELETE", "/peristiwa"),
                               ("PATCH", "/sehat"), ("POST", "/tidak-ada"), ("OPTIONS", "/")] {
            let response = try HTTPTestClient.fetch(method, path, port: server.port, body: method == "POST" ? #"{"h":9999}"# : "")
            XCTAssertEqual(response.status, 405, "\(method) \(path)")
            XCTAssertEqual(response.headers["allow"], "GET", "\(method) \(path)")
        }
        XCTAssertEqual(broadcast.latest?.json, json(10), "nothing changed")
        XCTAssertEqual(broadcast.latest?.version, 1)
    }

    func testADisconnectingClientIsDropped() throws {
        let broadcast = RoomBroadcast(initial: json(10))
        let server = try Running(broadcast: broadcast)
        defer { server.stop() }
        let staying = try HTTPTestClient.events(port: server.port)
        let leaving = try HTTPTestClient.events(port: server.port)
        _ = try staying.nextData()
        _ = try leaving.nextData()
        XCTAssertTrue(eventually { broadcast.clientCount == 2 }, "two clients: \(broadcast.clientCount)")
        leaving.disconnect()
        XCTAssertTrue(eventually { broadcast.clientCount == 1 }, "the closed client is removed without waiting for a publish")
        broadcast.publish(json(11))
        XCTAssertEqual(try staying.nextData()?.id, "2")
        staying.disconnect()
        XCTAssertTrue(eventually { broadcast.clientCount == 0 })
    }

    func testAQuietStreamGetsKeepAliveComments() throws {
        let broadcast = RoomBroadcast(initial: json(10))
        let server = try Running(broadcast: broadcast, keepAlive: .milliseconds(200))
        defer { server.stop() }
        let stream = try HTTPTestClient.events(port: server.port)
        XCTAssertEqual(try stream.nextData()?.id, "1")
        let quiet = try XCTUnwrap(stream.nextEvent())
        XCTAssertEqual(quiet.comments, ["hidup"])
        XCTAssertNil(quiet.data, "a keep-alive repeats nothing")
        broadcast.publish(json(11))
        XCTAssertEqual(try stream.nextData()?.id, "2")
    }

    func testStoppingEndsOpenStreams() throws {
        let broadcast = RoomBroadcast(initial: json(10))
        let server = try Running(broadcast: broadcast)
        let stream = try HTTPTestClient.events(port: server.port)
        _ = try stream.nextData()
        XCTAssertTrue(eventually { broadcast.clientCount == 1 })
        XCTAssertTrue(server.stop(within: 5), "run returns although a phone is still connected")
        XCTAssertNil(try stream.nextData(), "the stream ends")
        XCTAssertEqual(broadcast.clientCount, 0)
    }

    func testAPortInUseIsRefusedInIndonesian() throws {
        let first = try Running(broadcast: RoomBroadcast(initial: json(1)))
        defer { first.stop() }
        let second = BroadcastServer(broadcast: RoomBroadcast(), host: "127.0.0.1", port: first.port)
        let done = DispatchSemaphore(value: 0)
        let outcome = ErrorBox()
        Task {
            do { try await second.run() } catch { outcome.error = error }
            done.signal()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success)
        let error = try XCTUnwrap(outcome.error as? BroadcastError, "\(String(describing: outcome.error))")
        XCTAssertTrue(error.message.contains("port itu sudah dipakai program lain"), error.message)
        XCTAssertTrue(error.message.contains("--port"), error.message)
    }

    final class ErrorBox: @unchecked Sendable {
        private let lock = NSLock()
        private var value: (any Error)?
        var error: (any Error)? {
            get { lock.withLock { value } }
            set { lock.withLock { value = newValue } }
        }
    }
}
