import Foundation
import RapatApp
import RapatCore
import RapatDocuments
import RapatTesting
import TerminalUI
import XCTest

/// Issue 13 item 8: undangan, peninjau and karyawan are recorded at the desk by name and origin, never counted,
/// and listed apart in the daftar hadir with their arrival.
final class GuestDeskTests: XCTestCase {
    func testAGuestIsRecordedByNameAndOriginAndNeverCounted() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        let before = desk.app.meeting.quorum
        desk.press([.control("t")])
        guard case .form = desk.app.mode else { return XCTFail("Ctrl-T opens the guest form: \(desk.app.mode)") }
        XCTAssertTrue(desk.screen().text.contains("Nama tamu:"), desk.screen().text)
        desk.type("Drs. Hartono")
        desk.type("Dinas Koperasi dan UKM Kabupaten Bogor")
        XCTAssertEqual(desk.app.message?.text, "1 undangan · 2 peninjau · 3 karyawan (Enter = 1)", "the desk says the choices")
        desk.type("")  // undangan
        XCTAssertEqual(desk.app.meeting.guests.map(\.name), ["Drs. Hartono"])
        XCTAssertEqual(desk.app.meeting.guests.first?.role, .invited)
        XCTAssertEqual(desk.app.meeting.quorum.present, before.present, "a guest is never counted")
        XCTAssertTrue(desk.app.message?.text.hasPrefix("Tamu tercatat: Drs. Hartono (Dinas Koperasi dan UKM Kabupaten Bogor)") ?? false)

        desk.press([.control("t")])
        desk.type("Sri Lestari")
        desk.type("KUD Sinar Tani")
        desk.type("2")
        XCTAssertEqual(desk.app.meeting.guests.last?.role, .observer)

        // The same guest twice is refused, saying when they came.
        desk.press([.control("t")])
        desk.type("drs.  hartono")
        desk.type("Dinas Koperasi dan UKM Kabupaten Bogor")
        desk.type("")
        XCTAssertEqual(desk.app.meeting.guests.count, 2)
        XCTAssertTrue(desk.app.message?.text.contains("sudah tercatat hadir sebagai undangan pukul") ?? false,
                      desk.app.message?.text ?? "")
        desk.press([.escape])

        // The daftar hadir lists them apart, with origin, role and arrival; the invited instansi is not listed twice.
        let model = DaftarHadirModel.build(desk.app.meeting)
        let text = try DocumentTemplates.builtIn.render(.daftarHadir, .txt, model: model)
        XCTAssertTrue(text.contains("Undangan dan tamu bukan anggota (tidak dihitung dalam kuorum):"), text)
        XCTAssertTrue(text.contains("    1 Drs. Hartono                                undangan  08.35 ___________\n"
            + "        (Dinas Koperasi dan UKM Kabupaten Bogor)\n"), text)
        XCTAssertTrue(text.contains("    2 Sri Lestari (KUD Sinar Tani)                peninjau  08.39 ___________"), text)
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(words.contains("Hadir pula 2 (dua) tamu bukan anggota (undangan, peninjau, karyawan), tidak dihitung"), text)
    }
}

/// A guest recorded by mistake is withdrawn with a reason (`withdraw` with its journal position), whatever came after.
final class GuestWithdrawalTests: XCTestCase {
    func testAGuestIsWithdrawnLaterWithAReason() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(3))
        try state.apply(.recordGuest(name: "Salah Ketik", origin: "", role: .invited, at: Fixtures.time("2026-03-21 08:30")))
        let sequence = Int64(state.eventCount)
        try state.apply(.checkIn(MemberNumber("0001"), at: Fixtures.time("2026-03-21 08:31")))
        try state.apply(.openMeeting(by: "Ketua", agenda: Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .closing)]),
                                     at: Fixtures.time("2026-03-21 09:00")))
        try state.apply(.withdrawEvent(sequence: sequence, reason: "salah ketik", at: Fixtures.time("2026-03-21 09:01")))
        XCTAssertTrue(state.guests.isEmpty)
        XCTAssertEqual(state.withdrawals.last?.what, "kehadiran tamu Salah Ketik pukul 08.30 WIB")
        XCTAssertNotNil(state.meetingOpenedAt, "the opening after it stands")
    }
}
