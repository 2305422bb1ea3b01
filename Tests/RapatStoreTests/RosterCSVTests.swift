import Foundation
import RapatCore
import RapatStore
import XCTest

final class RosterCSVTests: XCTestCase {
    private let header = "nomor_anggota,nama,jenis_kelamin,unit,status,tanggal_masuk,peran"

    private func parse(_ text: String, bom: Bool = false) throws -> RosterCSV.Result {
        var data = Data(text.utf8)
        if bom { data.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
        return try RosterCSV.parse(data, source: "anggota.csv")
    }

    private func problems(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return (error as? RosterCSV.Failure)?.problems.map(\.description) ?? ["\(error)"]
        }
    }

    func testCommaFileWithBOMQuotesAndRoles() throws {
        let text = """
            \(header)
            0001,"Siti Aminah, S.Pd.",P,Unit Simpan Pinjam,biasa,2019-03-21,
            0002,Budi Santoso,L,Unit Toko,biasa,21/03/2018,Ketua Pengurus
            0003,Yohanes Lake,laki-laki,Unit Toko,luar biasa,1-2-2020,pengawas

            """
        let result = try parse(text, bom: true)
        XCTAssertEqual(result.members.count, 3)
        XCTAssertEqual(result.members[0].number, MemberNumber("0001"))
        XCTAssertEqual(result.members[0].name, "Siti Aminah, S.Pd.")
        XCTAssertEqual(result.members[0].gender, .female)
        XCTAssertNil(result.members[0].office)
        XCTAssertEqual(result.members[1].joinedOn, "2018-03-21")
        XCTAssertEqual(result.members[1].office, Office(body: .pengurus, title: "Ketua"))
        XCTAssertEqual(result.members[2].status, .associate)
        XCTAssertEqual(result.members[2].joinedOn, "2020-02-01")
        XCTAssertEqual(result.members[2].office?.label, "Pengawas")
    }

    /// Issue 12 item 7: Rapat's daftar-hadir.csv writes "\u{2060}0012" so spreadsheets keep it as text; read back, it is 0012.
    func testANumberKeptAsTextByAWordJoinerIsReadAsTheNumber() throws {
        let result = try parse("nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk\n\"\u{2060}0012\";\"Siti\";\"P\";\"Unit Toko\";\"biasa\";\"2020-01-05\"\n")
        XCTAssertEqual(result.members.map(\.number), [MemberNumber("0012")])
    }

    func testSemicolonFileAsExcelWritesItInIndonesia() throws {
        let text = "No. Anggota;Nama;L/P;Kelompok;Status;Tgl Masuk\r\n"
            + "KSP-01;Made Ayu;P;Kelompok Tani 1;Biasa;2020-01-05\r\n"
            + "KSP-02;\"Ni Luh \"\"Putu\"\" Sari\";P;Kelompok Tani 2;biasa;2020-01-06\r\n"
        let result = try parse(text)
        XCTAssertEqual(result.members.map(\.name), ["Made Ayu", "Ni Luh \"Putu\" Sari"])
        XCTAssertEqual(result.members[1].unit, "Kelompok Tani 2")
    }

    func testEveryBadRowIsReportedWithItsLineAndNothingIsImported() {
        let text = """
            \(header)
            0001,Siti,P,Unit A,biasa,2019-03-21,
            ,Tanpa Nomor,L,Unit A,biasa,2019-03-21,
            0003,Budi,X,Unit A,biasa,2019-03-21,
            0004,"Catatan
            dua baris",L,Unit A,biasa,2019-02-30,
            0001,Kembar,L,Unit A,biasa,2019-03-21,
            0006,Andi,L,Unit A,anggota kehormatan,2019-03-21,bendahara
            0007,Terlalu,Banyak,Kolom,L,Unit A,biasa,2019-03-21
            """
        XCTAssertEqual(problems(text), [
            "anggota.csv:3: nomor anggota kosong: isi nomor anggota sesuai buku daftar anggota",
            "anggota.csv:4: jenis kelamin \"X\" tidak dikenal: isi L (laki-laki) atau P (perempuan)",
            "anggota.csv:5: tanggal masuk \"2019-02-30\" tidak dikenal: tulis seperti 2019-03-21 atau 21/03/2019",
            "anggota.csv:7: nomor anggota 0001 sudah dipakai di baris 2: setiap anggota harus punya nomor unik; perbaiki salah satunya",
            "anggota.csv:8: status \"anggota kehormatan\" tidak dikenal: isi biasa, luar biasa, atau calon",
            "anggota.csv:8: peran \"bendahara\" tidak dikenal: isi pengurus atau pengawas (boleh dengan jabatan, mis. \"Ketua Pengurus\"), atau kosongkan",
            "anggota.csv:9: baris berisi 8 kolom, judul berisi 7: periksa pemisah kolom dan tanda kutip",
        ])
    }

    func testNumbersEqualWithoutLeadingZerosAreRefusedNamingBothLines() {
        let text = header + "\n12,Siti,P,U,biasa,2019-01-01,\n0002,Budi,L,U,biasa,2019-01-01,\n"
            + "0012,Siti Lagi,P,U,biasa,2019-01-01,\n0002,Budi Lagi,L,U,biasa,2019-01-01,\n002,Budi 3,L,U,biasa,2019-01-01,\n"
        XCTAssertEqual(problems(text), [
            "anggota.csv:4: nomor \"0012\" sama dengan \"12\" di baris 2 (nol di depan tidak membedakan nomor): perbaiki salah satunya",
            "anggota.csv:5: nomor anggota 0002 sudah dipakai di baris 3: setiap anggota harus punya nomor unik; perbaiki salah satunya",
            "anggota.csv:6: nomor \"002\" sama dengan \"0002\" di baris 3 (nol di depan tidak membedakan nomor): perbaiki salah satunya",
        ])
    }

    func testMissingColumnsAndEncodingProblemsAreExplained() throws {
        XCTAssertEqual(problems("nomor,nama\n1,A\n").first?.hasPrefix(
            "anggota.csv:1: kolom jenis_kelamin, unit, status, tanggal_masuk tidak ditemukan"), true)
        var latin1 = Data("\(header)\n0001,".utf8)
        latin1.append(contentsOf: [0x4A, 0xE9, 0x72, 0xF4, 0x6D, 0x65])  // "Jérôme" in Latin-1
        latin1.append(contentsOf: Data(",L,Unit A,biasa,2019-03-21,\n".utf8))
        XCTAssertThrowsError(try RosterCSV.parse(latin1, source: "anggota.csv")) { error in
            XCTAssertEqual((error as? RosterCSV.Failure)?.problems.first?.line, 2)
            XCTAssertTrue((error as? RosterCSV.Failure)?.report().contains("CSV UTF-8") == true)
        }
        XCTAssertEqual(problems("").first, "anggota.csv:1: berkas kosong: baris pertama harus berisi judul kolom (nomor_anggota, nama, …)")
        XCTAssertEqual(problems(header + "\n").first?.contains("tidak ada baris anggota"), true)
    }

    private func problems(_ data: Data) -> [String] {
        do {
            _ = try RosterCSV.parse(data, source: "anggota.csv")
            return []
        } catch {
            return (error as? RosterCSV.Failure)?.problems.map(\.description) ?? ["\(error)"]
        }
    }

    func testExcelSepLineNamesTheSeparatorAndLinesStillCount() throws {
        let text = "sep=;\r\n\(header.replacingOccurrences(of: ",", with: ";"))\r\n"
            + "0001;Siti, S.Pd.;P;Unit A;biasa;2019-03-21;\r\n"
        let result = try parse(text)
        XCTAssertEqual(result.members.map(\.name), ["Siti, S.Pd."])
        XCTAssertTrue(result.notes.contains("Pemisah kolom: \";\"."), "\(result.notes)")
        // A sep= line naming the comma overrides the guess from the header line.
        let comma = try parse("SEP=,\n\(header)\n0001,Siti; Aminah,P,Unit A,biasa,2019-03-21,\n")
        XCTAssertEqual(comma.members.map(\.name), ["Siti; Aminah"])
        // Problems keep their physical line: the sep= line is line 1.
        XCTAssertEqual(problems("sep=,\n\(header)\n0001,Siti,X,Unit A,biasa,2019-03-21,\n"),
                       ["anggota.csv:3: jenis kelamin \"X\" tidak dikenal: isi L (laki-laki) atau P (perempuan)"])
        XCTAssertEqual(problems("sep=;\nnomor;nama\n1;A\n").first?.hasPrefix("anggota.csv:2: kolom jenis_kelamin"), true)
    }

    func testUTF16WithOrWithoutBOMIsRecognisedAndRefused() {
        let text = "\(header)\n0001,Siti,P,Unit A,biasa,2019-03-21,\n"
        let refusal = "anggota.csv:1: berkas berformat UTF-16: simpan ulang sebagai \"CSV UTF-8\" (Excel: Simpan Sebagai → CSV UTF-8)"
        let little = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(problems(Data([0xFF, 0xFE] + little)), [refusal])
        XCTAssertEqual(problems(Data([0xFE, 0xFF] + big)), [refusal])
        XCTAssertEqual(problems(Data(little)), [refusal])
        XCTAssertEqual(problems(Data(big)), [refusal])
    }

    func testNulAndControlCharactersAreRefusedWithTheirLine() {
        var data = Data("\(header)\n0001,Siti,P,Unit A,biasa,2019-03-21,\n0002,Bu".utf8)
        data.append(0)
        data.append(contentsOf: Data("di,L,Unit A,biasa,2019-03-21,\n0003,Andi\u{1B}[31m,L,Unit A,biasa,2019-03-21,\n".utf8))
        XCTAssertEqual(problems(data), [
            "anggota.csv:3: berisi karakter kendali NUL: hapus karakter itu (biasanya sisa salin-tempel atau berkas rusak), "
                + "lalu simpan ulang sebagai \"CSV UTF-8\"",
            "anggota.csv:4: berisi karakter kendali U+001B: hapus karakter itu (biasanya sisa salin-tempel atau berkas rusak), "
                + "lalu simpan ulang sebagai \"CSV UTF-8\"",
        ])
        // C1 controls are valid UTF-8 but no name has them.
        XCTAssertEqual(problems("\(header)\n0001,Si\u{85}ti,P,Unit A,biasa,2019-03-21,\n"),
                       ["anggota.csv:2: nama berisi karakter kendali U+0085: hapus karakter itu lalu simpan ulang sebagai \"CSV UTF-8\""])
        // Tabs and CR LF line ends are ordinary.
        XCTAssertEqual(problems("\(header)\r\n0001,Siti\tAminah,P,Unit A,biasa,2019-03-21,\r\n"), [])
    }

    func testFieldsOverTheLimitAreRefusedWithTheLine() throws {
        let long = String(repeating: "a", count: RosterCSV.maxFieldLength + 1)
        XCTAssertEqual(problems("\(header)\n0001,Siti,P,Unit A,biasa,2019-03-21,\n0002,\(long),P,Unit A,biasa,2019-03-21,\n"),
                       ["anggota.csv:3: nama terlalu panjang (201 karakter): paling banyak 200 karakter; periksa tanda kutip "
                        + "dan isi kolom itu"])
        let megabyte = String(repeating: "x", count: 1_048_576)
        XCTAssertEqual(problems("\(header)\n0001,\(megabyte),P,Unit A,biasa,2019-03-21,\n").first?
            .hasPrefix("anggota.csv:2: nama terlalu panjang (1048576 karakter)"), true)
        let exact = String(repeating: "b", count: RosterCSV.maxFieldLength)
        XCTAssertEqual(try parse("\(header)\n0001,\(exact),P,Unit A,biasa,2019-03-21,\n").members.first?.name, exact)
    }

    func testDuplicateHeaderColumnsAreRefusedNamingBoth() {
        XCTAssertEqual(problems("nomor_anggota,Nama,jenis_kelamin,unit,status,tanggal_masuk,Nama Lengkap\n"
                                    + "0001,Siti,P,Unit A,biasa,2019-03-21,Siti Aminah\n"),
                       ["anggota.csv:1: kolom \"Nama\" (ke-2) dan \"Nama Lengkap\" (ke-7) sama-sama berarti nama: "
                        + "hapus salah satu kolom atau ganti judulnya"])
        XCTAssertEqual(problems("no,nama,jk,unit,status,tanggal_masuk,nomor\n1,Siti,P,Unit A,biasa,2019-03-21,1\n").first?
            .hasPrefix("anggota.csv:1: kolom \"no\" (ke-1) dan \"nomor\" (ke-7) sama-sama berarti nomor_anggota"), true)
    }
}

