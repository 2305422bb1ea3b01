import Foundation
import RapatText

/// A strict reader for the one JSON object on a line of a command script.
///
/// Stricter than JSONSerialization, which replaces invalid UTF-8, keeps one of two equal keys and turns `true`
/// into a number on Linux. Here the bytes must be UTF-8; keys are unique; strings hold no control characters
/// (raw or escaped, NUL included); `true`/`false` stay `Bool`, whole numbers are `Int`, others `Double`; `null`
/// is `StrictJSON.null`. Objects are `[String: Any]`, arrays `[Any]`, so callers cast as they would with
/// JSONSerialization.
enum StrictJSON {
    /// JSON `null`.
    struct Null: Equatable {}
    static let null = Null()

    /// How deep objects and arrays may nest; command lines need three levels.
    static let maximumDepth = 32

    /// The object on `bytes`, or a refusal in words naming the character position (1-based).
    static func object(from bytes: [UInt8]) throws(CommandScript.LineError) -> [String: Any] {
        var reader = Reader(bytes: bytes)
        try reader.validateText()
        reader.skipWhitespace()
        guard reader.peek == UInt8(ascii: "{") else {
            throw CommandScript.LineError(tr("core.json.notObject"))
        }
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.isAtEnd else {
            throw reader.failure(tr("core.json.trailing"), fix: tr("core.json.trailing.fix"))
        }
        guard let object = value as? [String: Any] else { throw CommandScript.LineError(tr("core.json.notObject")) }
        return object
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        /// The field whose value is being read, to name it in a refusal.
        var field: String?

        var isAtEnd: Bool { index >= bytes.count }
        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// The character position of `index` (counting characters, not bytes), 1-based.
        func column(_ at: Int) -> Int {
            bytes[..<min(at, bytes.count)].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        }

        func failure(_ what: String, fix: String = tr("core.json.fix"),
                     at: Int? = nil) -> CommandScript.LineError {
            CommandScript.LineError(tr("core.json.invalid", ["what": what, "column": column(at ?? index), "fix": fix]))
        }

        /// Refuses invalid UTF-8 and raw NUL bytes before anything else, naming where they are.
        func validateText() throws(CommandScript.LineError) {
            if let nul = bytes.firstIndex(of: 0) {
                throw CommandScript.LineError(tr("core.json.nul", ["column": column(nul)]))
            }
            guard String(validating: bytes, as: UTF8.self) == nil else { return }
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            var position = 1
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: position += 1
                case .emptyInput, .error: break decoding
                }
            }
            throw CommandScript.LineError(tr("core.json.notUTF8", ["column": position]))
        }

        mutating func skipWhitespace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        mutating func value(depth: Int) throws(CommandScript.LineError) -> Any {
            skipWhitespace()
            guard let byte = peek else { throw failure(tr("core.json.endsInObject")) }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return try string()
            case UInt8(ascii: "t"): try literal("true"); return true
            case UInt8(ascii: "f"): try literal("false"); return false
            case UInt8(ascii: "n"): try literal("null"); return StrictJSON.null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw failure(tr("core.json.unknownValue"), fix: tr("core.json.unknownValue.fix"))
            }
        }

        mutating func literal(_ word: String) throws(CommandScript.LineError) {
            let expected = Array(word.utf8)
            guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
                throw failure(tr("core.json.unknownValue"), fix: tr("core.json.unknownLiteral.fix"))
            }
            index += expected.count
        }

        mutating func object(depth: Int) throws(CommandScript.LineError) -> [String: Any] {
            guard depth <= StrictJSON.maximumDepth else { throw failure(tr("core.json.objectTooDeep")) }
            index += 1  // {
            var result: [String: Any] = [:]
            skipWhitespace()
            if peek == UInt8(ascii: "}") { index += 1; return result }
            while true {
                skipWhitespace()
                guard peek == UInt8(ascii: "\"") else {
                    throw failure(tr("core.json.keyUnquoted"), fix: tr("core.json.keyUnquoted.fix"))
                }
                let keyStart = index
                let outer = field
                field = nil
                let key = try string()
                skipWhitespace()
                guard peek == UInt8(ascii: ":") else { throw failure(tr("core.json.colonMissing", ["key": key])) }
                index += 1
                field = key
                let value = try value(depth: depth)
                field = outer
                guard result.updateValue(value, forKey: key) == nil else {
                    throw CommandScript.LineError(tr("core.json.duplicateKey", ["key": key, "column": column(keyStart)]))
                }
                skipWhitespace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                if peek == UInt8(ascii: "}") { index += 1; return result }
                throw failure(isAtEnd ? tr("core.json.braceMissing") : tr("core.json.commaOrBrace"))
            }
        }

        mutating func array(depth: Int) throws(CommandScript.LineError) -> [Any] {
            guard depth <= StrictJSON.maximumDepth else { throw failure(tr("core.json.listTooDeep")) }
            index += 1  // [
            var result: [Any] = []
            skipWhitespace()
            if peek == UInt8(ascii: "]") { index += 1; return result }
            while true {
                result.append(try value(depth: depth))
                skipWhitespace()
                if peek == UInt8(ascii: ",") { index += 1; continue }
                if peek == UInt8(ascii: "]") { index += 1; return result }
                throw failure(isAtEnd ? tr("core.json.bracketMissing") : tr("core.json.commaOrBracket"))
            }
        }

        mutating func string() throws(CommandScript.LineError) -> String {
            index += 1  // opening quote
            var scalars = String.UnicodeScalarView()
            var run = index  // start of the bytes copied without escapes
            func flush(_ end: Int) {
                scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
            }
            while true {
                guard let byte = peek else { throw failure(tr("core.json.quoteMissing")) }
                switch byte {
                case UInt8(ascii: "\""):
                    flush(index)
                    index += 1
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    flush(index)
                    let escapeStart = index
                    index += 1
                    guard let escaped = peek else { throw failure(tr("core.json.quoteMissing")) }
                    index += 1
                    let scalar: Unicode.Scalar
                    switch escaped {
                    case UInt8(ascii: "\""): scalar = "\""
                    case UInt8(ascii: "\\"): scalar = "\\"
                    case UInt8(ascii: "/"): scalar = "/"
                    case UInt8(ascii: "b"): scalar = "\u{08}"
                    case UInt8(ascii: "f"): scalar = "\u{0C}"
                    case UInt8(ascii: "n"): scalar = "\n"
                    case UInt8(ascii: "r"): scalar = "\r"
                    case UInt8(ascii: "t"): scalar = "\t"
                    case UInt8(ascii: "u"): scalar = try unicodeEscape(start: escapeStart)
                    default: throw failure(tr("core.json.badEscape"), fix: tr("core.json.badEscape.fix"), at: escapeStart)
                    }
                    try refuseControl(scalar, at: escapeStart)
                    scalars.append(scalar)
                    run = index
                default:
                    if byte < 0x20 || byte == 0x7F { try refuseControl(Unicode.Scalar(byte), at: index) }
                    // C1 controls U+0080–U+009F are encoded as C2 80–C2 9F.
                    if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                        try refuseControl(Unicode.Scalar(bytes[index + 1]), at: index)
                    }
                    index += 1
                }
            }
        }

        /// `\uXXXX`, joining a surrogate pair; a lone surrogate is refused.
        mutating func unicodeEscape(start: Int) throws(CommandScript.LineError) -> Unicode.Scalar {
            func hex4() throws(CommandScript.LineError) -> UInt32 {
                guard bytes.count - index >= 4,
                      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
                    throw failure(tr("core.json.unicodeDigits"), at: start)
                }
                index += 4
                return value
            }
            let first = try hex4()
            if (0xD800...0xDBFF).contains(first) {
                guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw failure(tr("core.json.surrogateIncomplete"), at: start)
                }
                index += 2
                let second = try hex4()
                guard (0xDC00...0xDFFF).contains(second),
                      let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else {
                    throw failure(tr("core.json.surrogateInvalid"), at: start)
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(first) else { throw failure(tr("core.json.surrogateLone"), at: start) }
            return scalar
        }

        func refuseControl(_ scalar: Unicode.Scalar, at position: Int) throws(CommandScript.LineError) {
            guard scalar.properties.generalCategory == .control else { return }
            let code = String(scalar.value, radix: 16, uppercase: true)
            let name = String(repeating: "0", count: max(0, 4 - code.count)) + code
            let subject = field.map { tr("core.json.fieldContains", ["key": $0]) } ?? tr("core.json.keyContains")
            throw CommandScript.LineError(tr("core.json.control", ["subject": subject, "code": name, "column": column(position)]))
        }

        mutating func number() throws(CommandScript.LineError) -> Any {
            let start = index
            if peek == UInt8(ascii: "-") { index += 1 }
            func digits() -> Int {
                let from = index
                while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
                return index - from
            }
            let integerStart = index
            guard digits() > 0 else { throw failure(tr("core.json.badNumber"), at: start) }
            if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 {
                throw failure(tr("core.json.leadingZero"), fix: tr("core.json.leadingZero.fix"), at: start)
            }
            var isInteger = true
            if peek == UInt8(ascii: ".") {
                index += 1
                isInteger = false
                guard digits() > 0 else { throw failure(tr("core.json.badNumber"), at: start) }
            }
            if let e = peek, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
                index += 1
                isInteger = false
                if let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw failure(tr("core.json.badNumber"), at: start) }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isInteger, let whole = Int(text) { return whole }
            guard let real = Double(text), real.isFinite else { throw failure(tr("core.json.numberTooBig"), at: start) }
            return real
        }
    }
}
