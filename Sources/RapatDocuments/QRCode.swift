import CQRencode

/// A QR Code symbol from libqrencode: byte mode (the UTF-8 of the text), error correction level M (~15% damage).
struct QRCode: Sendable {
    /// Modules per side, without the quiet zone.
    let width: Int
    /// Row-major, `true` for a dark module.
    let modules: [Bool]
    /// Light modules each side that scanners need around the symbol (ISO/IEC 18004: four).
    static let quietZone = 4

    /// The smallest symbol holding `text`, or nil when it does not fit (over ~2,300 bytes at level M).
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let code = bytes.withUnsafeBufferPointer({ QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, QR_ECLEVEL_M) })
        else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour; the other bits say what the module is for.
        modules = (0..<width * width).map { code.pointee.data[$0] & 1 == 1 }
        self.width = width
    }

    /// Horizontal runs of dark modules, as (row, first column, length): one rectangle per run when drawing.
    var darkRuns: [(row: Int, column: Int, length: Int)] {
        var runs: [(Int, Int, Int)] = []
        for row in 0..<width {
            var column = 0
            while column < width {
                guard modules[row * width + column] else { column += 1; continue }
                let start = column
                while column < width, modules[row * width + column] { column += 1 }
                runs.append((row, start, column - start))
            }
        }
        return runs
    }
}
