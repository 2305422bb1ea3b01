@testable import RapatDocuments
import XCTest

/// A witness or chair named in the settings is found in the register case- and space-insensitively; the byte-wise
/// comparison agrees with the normalised strings it replaces.
final class NameMatchTests: XCTestCase {
    func testTheByteComparisonAgreesWithNormalisedNames() {
        let names = ["Siti Aminah", "  siti   AMINAH ", "Siti\tAminah", "Siti Amina", "Siti Aminah H", "Sïti Aminah", "SITI AMINAH",
                     "", " ", "Ni Made Ayu", "Ni  Made\u{00A0}Ayu", "Nyoman Ñusa"]
        for key in names.map(BeritaAcaraModel.normalized) {
            for name in names {
                XCTAssertEqual(BeritaAcaraModel.matches(name, normalizedKey: key), BeritaAcaraModel.normalized(name) == key,
                               "\(name) against \(key)")
            }
        }
    }
}
