import Foundation
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// Issue 12 item 1: the report-shaped documents share `laporan.<format>.mustache`; a cooperative's copy of the shared
/// template changes all of them, its copy of one document's template changes that one only.
final class TemplatePartialTests: XCTestCase {
    private func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "rapat-templat-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    private let model = ReportDocument(title: "JUDUL", subtitle: "RAT", cooperative: "Koperasi", date: "21 Maret 2026",
                                       sections: [.init(title: "Bagian", paragraphs: ["Isi."])]).model

    func testTheSharedTemplateIsOverriddenForEveryReportAndOneDocumentAlone() throws {
        let shared = try DocumentTemplates.load(directory: try folder([
            "laporan.txt.mustache": "{{% CONTENT_TYPE: TEXT }}\nLAPORAN KOPERASI: {{judul}}\n",
        ]))
        XCTAssertEqual(try shared.render(.notulen, .txt, model: model), "LAPORAN KOPERASI: JUDUL\n")
        XCTAssertEqual(try shared.render(.statistik, .txt, model: model), "LAPORAN KOPERASI: JUDUL\n")
        XCTAssertTrue(try shared.render(.notulen, .md, model: model).hasPrefix("# JUDUL"), "other formats keep the defaults")

        let one = try DocumentTemplates.load(directory: try folder([
            "notulen.txt.mustache": "{{% CONTENT_TYPE: TEXT }}\nNOTULEN SAJA {{judul}}\n",
        ]))
        XCTAssertEqual(try one.render(.notulen, .txt, model: model), "NOTULEN SAJA JUDUL\n")
        XCTAssertNotEqual(try one.render(.statistik, .txt, model: model), "NOTULEN SAJA JUDUL\n")
        XCTAssertEqual(try one.render(.statistik, .txt, model: model), try DocumentTemplates.builtIn.render(.statistik, .txt, model: model))
    }

    func testAMissingOrMisspeltSharedTemplateNamesTheFileAndLine() throws {
        let templates = try DocumentTemplates.load(directory: try folder([
            "notulen.txt.mustache": "{{% CONTENT_TYPE: TEXT }}\n{{judul}}\n{{> laporn}}\n",
            "laporan.md.mustache": "{{% CONTENT_TYPE: TEXT }}\n{{judull}}\n",
        ]))
        XCTAssertThrowsError(try templates.render(.notulen, .txt, model: model)) { error in
            let e = error as? TemplateError
            XCTAssertEqual(e?.line, 3)
            XCTAssertTrue(e?.problem.contains("laporn.txt.mustache") ?? false, "\(String(describing: e))")
        }
        XCTAssertThrowsError(try templates.render(.statistik, .md, model: model)) { error in
            let e = error as? TemplateError
            XCTAssertTrue(e?.file.hasSuffix("laporan.md.mustache") ?? false, "\(String(describing: e))")
            XCTAssertEqual(e?.line, 2)
        }
    }
}
