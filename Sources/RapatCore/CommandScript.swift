import Foundation
import RapatText

/// The JSON Lines command language of `rapat apply` (documented in docs/perintah-jsonl.md).
///
/// One object per line: `{"cmd": "check_in", "member": "0012", "at": "2026-03-21T09:05:00+07:00"}`.
/// `at` is optional (default: now); unknown keys are refused so typos never pass silently.
public enum CommandScript {
    public static let formatVersion = 1

    /// What a line needs from outside: the settings in force and the current time.
    public struct Context: Sendable {
        public var rules: MeetingRules
        public var profile: CooperativeProfile
        /// The susunan acara file's agenda, used by `open_meeting`.
        public var agenda: Agenda
        public var now: Date

        public init(rules: MeetingRules, profile: CooperativeProfile, agenda: Agenda = Agenda(items: []), now: Date) {
            self.rules = rules
            self.profile = profile
            self.agenda = agenda
            self.now = now
        }
    }

    /// A line that is not a valid command, with the reason in words.
    public struct LineError: Error, Equatable, Sendable {
        public var message: String
        public init(_ message: String) { self.message = message }
    }

    /// Every command name with its fields, for help output and error messages.
    public static let commands: [(name: String, fields: [String], summary: String)] = [
        ("open_registration", [], "membuka daftar hadir; membekukan daftar anggota dan aturan kuorum"),
        ("check_in", ["member"], "mencatat kehadiran (atau kembalinya) anggota"),
        ("leave", ["member"], "mencatat anggota keluar ruangan"),
        ("return", ["member"], "mencatat anggota kembali"),
        ("void_check_in", ["member", "reason"], "membatalkan kehadiran yang salah catat"),
        ("open_meeting", ["by"], "membuka rapat dengan susunan acara dari berkasnya; acara pertama dimulai"),
        ("next_item", [], "pimpinan pindah ke acara berikutnya"),
        ("check_quorum", [], "mengumumkan N, H, dan Q saat ini"),
        ("postpone", ["reason", "new_date?"],
         "menunda rapat (DITUNDA) setelah waktu tunggu kuorum habis, atau menunda acara tersisa bila kuorum hilang"),
        ("quorum_lost", ["choice", "reason?", "new_date?"],
         "pilihan pimpinan saat kuorum hilang: skors, lanjut_tanpa_keputusan, atau tunda_sisa_acara"),
        ("presidium", ["chair", "secretary", "members?", "selection", "notetaker?"], "mencatat pimpinan rapat dan notulis"),
        ("decide", ["text", "method", "outcome", "notes?"], "keputusan secara mufakat/aklamasi pada acara saat ini"),
        ("note", ["text"], "catatan notulen pada acara saat ini"),
        ("amend_note", ["number", "text", "reason"], "perbaikan catatan (catatan lama tetap ada)"),
        ("amend_answer", ["question", "answered_by?", "answer?", "status", "reason"],
         "perbaikan jawaban pertanyaan pandangan umum (yang lama tetap ada)"),
        ("close_meeting", [], "menutup rapat (pada acara penutupan)"),
        ("suspend", ["reason"], "skorsing rapat dengan alasan"),
        ("new_round", [], "memulai termin pertanyaan berikutnya"),
        ("report", ["kind", "presenter", "summary", "figures?"], "laporan pengurus/pengawas dengan angka pokok (Rupiah)"),
        ("question", ["member | guest", "category", "text", "answered_by?", "answer?", "status"],
         "pertanyaan/tanggapan pandangan umum dan jawabannya"),
        ("resume", [], "mencabut skorsing; kuorum diperiksa ulang"),
        ("withdraw", ["seq", "reason"],
         "membatalkan catatan yang salah (pembukaan, kuorum, pindah acara, skorsing, termin, keputusan mufakat, penutupan, usul, usulan SHU) dengan alasan"),
    ] + votingCommands + shuCommands

    /// One parsed line: the command and the id it carries, if any.
    public struct Line: Sendable {
        public var command: Command
        /// `"id"`: a resent line with an id already in the journal is answered with the first result.
        public var id: String?
    }

    /// The longest id a line may carry.
    public static let maximumIDLength = 200

    /// Parses one line. Blank lines return nil.
    public static func parse(_ line: String, context: Context) throws(LineError) -> Command? {
        try parseLine(line, context: context)?.command
    }

    /// Parses one line with its id. Blank lines return nil.
    public static func parseLine(_ line: String, context: Context) throws(LineError) -> Line? {
        try parseLine(bytes: Array(line.utf8), context: context)
    }

    /// Parses one line as read from a script: the raw bytes, so invalid UTF-8 and NUL bytes are refused rather
    /// than replaced. Blank lines (spaces and tabs only) return nil.
    public static func parseLine(bytes: [UInt8], context: Context) throws(LineError) -> Line? {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a BOM an editor put on line 1
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let object = try StrictJSON.object(from: bytes)
        var fields = Fields(object: object)
        if let version = object["v"] {
            guard let v = version as? Int, v == formatVersion else {
                throw LineError(tr("core.script.version", ["version": version, "current": formatVersion]))
            }
            fields.used.insert("v")
        }
        let id = try fields.commandID()
        let name = try fields.string("cmd")
        try fields.requireKnownFields(for: name)
        let zone = context.profile.timeZone
        let at = try fields.optionalString("at").map { text throws(LineError) in
            guard let date = ScriptTime.parse(text, zone: zone) else {
                throw LineError(tr("core.script.time", ["text": text]))
            }
            return date
        } ?? context.now

        let command: Command
        switch name {
        case "open_registration":
            command = .openRegistration(rules: context.rules, profile: context.profile, at: at)
        case "check_in":
            command = .checkIn(try fields.member(), at: at)
        case "leave":
            command = .markLeft(try fields.member(), at: at)
        case "return":
            command = .markReturned(try fields.member(), at: at)
        case "void_check_in":
            command = .voidCheckIn(try fields.member(), reason: try fields.string("reason"), at: at)
        case "open_meeting":
            command = .openMeeting(by: try fields.string("by"), agenda: context.agenda, at: at)
        case "next_item":
            command = .nextAgendaItem(at: at)
        case "check_quorum":
            command = .declareQuorum(at: at)
        case "presidium":
            let selectionText = try fields.string("selection")
            guard let selection = PresidiumSelection(rawValue: selectionText) else {
                throw LineError(tr("core.script.selection", ["value": selectionText]))
            }
            command = .appointPresidium(chair: try fields.string("chair"), secretary: try fields.string("secretary"),
                                        members: try fields.stringArray("members"), selection: selection,
                                        notetaker: try fields.optionalString("notetaker") ?? "", at: at)
        case "decide":
            let methodText = try fields.string("method"), outcomeText = try fields.string("outcome")
            guard let method = DecisionMethod(rawValue: methodText) else {
                throw LineError(tr("core.script.decideMethod", ["value": methodText]))
            }
            guard let outcome = DecisionOutcome(rawValue: outcomeText) else {
                throw LineError(tr("core.script.outcome", ["value": outcomeText]))
            }
            command = .recordDecision(text: try fields.string("text"), method: method, outcome: outcome,
                                      notes: try fields.stringArray("notes"), at: at)
        case "note":
            command = .recordNote(text: try fields.string("text"), at: at)
        case "amend_note":
            command = .amendNote(number: try fields.int("number"), text: try fields.string("text"),
                                 reason: try fields.string("reason"), at: at)
        case "amend_answer":
            let statusText = try fields.string("status")
            guard let status = QuestionStatus(rawValue: statusText) else {
                throw LineError(tr("core.script.status", ["value": statusText]))
            }
            command = .amendAnswer(question: try fields.int("question"),
                                   answeredBy: try fields.optionalString("answered_by") ?? "",
                                   answer: try fields.optionalString("answer") ?? "", status: status,
                                   reason: try fields.string("reason"), at: at)
        case "close_meeting":
            command = .closeMeeting(at: at)
        case "report":
            let kindText = try fields.string("kind")
            guard let kind = ReportKind(rawValue: kindText) else {
                throw LineError(tr("core.script.reportKind", ["value": kindText]))
            }
            command = .presentReport(kind: kind, presenter: try fields.string("presenter"),
                                     summary: try fields.string("summary"), figures: try fields.figures(), at: at)
        case "new_round":
            command = .startQuestionRound(at: at)
        case "question":
            let categoryText = try fields.string("category"), statusText = try fields.string("status")
            guard let category = QuestionCategory(rawValue: categoryText) else {
                let known = QuestionCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw LineError(tr("core.script.unknownChoice", ["key": "category", "value": categoryText, "known": known]))
            }
            guard let status = QuestionStatus(rawValue: statusText) else {
                throw LineError(tr("core.script.status", ["value": statusText]))
            }
            let guest = try fields.optionalString("guest")
            let speaker: Speaker
            if let guest {
                guard object["member"] == nil else { throw LineError(tr("core.script.memberOrGuest")) }
                speaker = .guest(guest)
            } else {
                speaker = .member(try fields.member())
            }
            command = .recordQuestion(speaker: speaker, category: category, question: try fields.string("text"),
                                      answeredBy: try fields.optionalString("answered_by") ?? "",
                                      answer: try fields.optionalString("answer") ?? "", status: status, at: at)
        case "suspend":
            command = .suspendMeeting(reason: try fields.string("reason"), at: at)
        case "resume":
            command = .resumeMeeting(at: at)
        case "withdraw":
            command = .withdrawEvent(sequence: Int64(try fields.int("seq")), reason: try fields.string("reason"), at: at)
        case "postpone":
            command = .postponeMeeting(reason: try fields.string("reason"), newDate: try fields.optionalString("new_date"),
                                       at: at)
        case "quorum_lost":
            let choiceText = try fields.string("choice")
            guard let choice = QuorumLossChoice(rawValue: choiceText) else {
                throw LineError(tr("core.script.quorumLossChoice", ["value": choiceText]))
            }
            command = .answerQuorumLoss(choice: choice, reason: try fields.optionalString("reason") ?? "",
                                        newDate: try fields.optionalString("new_date"), at: at)
        default:
            if let voting = try votingCommand(name, &fields, at: at) {
                command = voting
                break
            }
            if let shu = try shuCommand(name, &fields, at: at) {
                command = shu
                break
            }
            throw unknownCommand(name)
        }
        try fields.requireAllUsed()
        return Line(command: command, id: id)
    }
}

/// Times in scripts: RFC 3339 with an offset, or a local date-time in the cooperative's zone.
public enum ScriptTime {
    public static func parse(_ text: String, zone: IndonesianTimeZone) -> Date? {
        let chars = Array(text.trimmingCharacters(in: .whitespaces))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            return Int(String(chars[range]))
        }
        guard chars.count >= 16,
              let year = number(0..<4), chars[4] == "-", let month = number(5..<7), chars[7] == "-",
              let day = number(8..<10), chars[10] == "T" || chars[10] == " ",
              let hour = number(11..<13), chars[13] == ":" || chars[13] == ".", let minute = number(14..<16)
        else { return nil }
        var index = 16
        var second = 0
        if index < chars.count, chars[index] == ":" {
            guard let s = number(17..<19) else { return nil }
            second = s
            index = 19
            if index < chars.count, chars[index] == "." {  // fractional seconds are ignored
                index += 1
                while index < chars.count, chars[index].isNumber { index += 1 }
            }
        }
        var offsetSeconds = zone.hoursFromUTC * 3600
        if index < chars.count {
            if chars[index] == "Z", index + 1 == chars.count {
                offsetSeconds = 0
            } else if chars[index] == "+" || chars[index] == "-", chars.count == index + 6, chars[index + 3] == ":",
                      let h = number(index + 1..<index + 3), let m = number(index + 4..<index + 6) {
                offsetSeconds = (h * 3600 + m * 60) * (chars[index] == "-" ? -1 : 1)
            } else {
                return nil
            }
        }
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute),
              (0...59).contains(second), let tz = TimeZone(secondsFromGMT: offsetSeconds)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = tz
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil }
        return date
    }
}
